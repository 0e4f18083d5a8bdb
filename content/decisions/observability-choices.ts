/**
 * Which CloudWatch or X-Ray tool answers an observability need: traces with annotations or
 * metadata, custom metrics from the embedded metric format, PutMetricData or a metric filter,
 * Lambda Insights, Logs Insights, or an alarm on a Lambda metric.
 */
import type { DecisionModel } from '../schema';
import { cite, lambdaGuide } from '../topics/authoring';

const annotation = 'xray-annotation';
const metadata = 'xray-metadata';
const emf = 'embedded-metric-format';
const putMetric = 'put-metric-data';
const lambdaInsights = 'lambda-insights';
const logsInsights = 'logs-insights';
const iteratorAlarm = 'iterator-age-alarm';
const metricFilter = 'metric-filter';

export const observabilityChoices = {
  id: 'observability-choices',
  topic: 'observability',
  title: 'Choosing the metric, log query, trace or alarm that answers a question about functions',
  exams: ['DVA-C02', 'SAP-C02'],
  domains: ['dva-4', 'sap-3'],
  settings: [
    '{company} runs its order platform as serverless functions written in {language}. The API function, behind an API Gateway REST API, writes a JSON line with the value of each order to its log, and a consumer function reads order events from a Kinesis data stream.',
    'A developer at {company} looks after two {language} functions. The API function serves an order API and writes every order to its log as a JSON line that includes its value, and a consumer function reads order events from a Kinesis data stream.',
    '{company} is improving the monitoring of its serverless {language} order service. Its API function writes each order to its log as a JSON line with the order value, and a consumer function processes order events from a Kinesis data stream.',
  ],
  slots: {
    company: ['a ticketing company', 'an online grocer', 'a travel agency', 'a sports retailer'],
    language: ['Python', 'Node.js', 'Java'],
    minutes: ['five', 'ten', 'fifteen'],
    days: ['ten', 'fourteen', 'thirty'],
  },
  options: [
    {
      id: annotation,
      text: 'Turn on active tracing for the API function, instrument its clients with the X-Ray SDK, and record each customer ID as an annotation.',
      why: 'Instrumented clients add a subsegment with the time of every downstream call to each sampled trace, and an annotation is indexed, so filter expressions can find the traces of one customer.',
      facts: [
        'observability.active-tracing',
        'observability.xray-subsegments',
        'observability.xray-annotations',
      ],
    },
    {
      id: metadata,
      text: 'Turn on active tracing for the API function, instrument its clients with the X-Ray SDK, and record each customer ID as metadata.',
      why: 'Instrumented clients add a subsegment with the time of every downstream call to each sampled trace, and metadata keeps the customer ID inside the trace, without an index.',
      facts: [
        'observability.active-tracing',
        'observability.xray-subsegments',
        'observability.xray-annotations',
      ],
    },
    {
      id: emf,
      text: 'Change the API function to emit the value of each order as a log line in the CloudWatch embedded metric format, and redeploy it.',
      why: 'CloudWatch extracts the metrics declared in each log line asynchronously, so the function publishes custom metrics without calling the CloudWatch API.',
      facts: ['observability.embedded-metric-format'],
    },
    {
      id: putMetric,
      text: 'Change the API function to send the value of each order to the CloudWatch PutMetricData API with the SDK, and redeploy it.',
      why: 'Each call publishes a data point of a custom metric directly, from inside the invocation.',
      facts: ['observability.embedded-metric-format'],
    },
    {
      id: lambdaInsights,
      text: 'Add the Lambda Insights extension layer to the API and consumer functions, attach its managed policy to their roles, and use its metrics.',
      why: 'The extension collects memory, CPU time, network use and cold starts of every invocation and publishes them as CloudWatch metrics.',
      facts: ['observability.lambda-insights'],
    },
    {
      id: logsInsights,
      text: 'Query the existing log group of the API function with CloudWatch Logs Insights, reading each order value and each REPORT line.',
      why: 'Logs Insights reads the duration and maximum memory used from the REPORT lines already stored, for as far back as the log group keeps them.',
      facts: ['observability.logs-insights', 'observability.log-group'],
    },
    {
      id: iteratorAlarm,
      text: 'Create a CloudWatch alarm on the Maximum of the IteratorAge metric of the consumer function that notifies an on-call SNS topic.',
      why: 'IteratorAge grows when the function falls behind its stream, and an alarm on its maximum pages the team as soon as the lag passes the threshold.',
      facts: ['observability.metric-iterator-age'],
    },
    {
      id: metricFilter,
      text: 'Create a metric filter on the log group of the API function that turns the order value in its existing log lines into a metric.',
      why: 'CloudWatch Logs matches each incoming log event against the filter and publishes the value as a metric, with no change to the function.',
      facts: ['observability.metric-filter', 'observability.log-group'],
    },
  ],
  requirements: [
    {
      id: 'downstream-timing',
      label: 'the time of each downstream call',
      text: 'For slow requests, the team must see how long each call from the API function to DynamoDB and to a partner API took.',
      meets: [annotation, metadata],
      breaks: {
        [emf]:
          'the embedded metric format publishes the figures the code writes, here order values, not the time of each call.',
        [putMetric]:
          'PutMetricData publishes the figures the code sends, here order values, not the time of each call.',
        [lambdaInsights]:
          'Lambda Insights reports memory, CPU and network use per function, not the time of single calls inside a request.',
        [logsInsights]:
          'a REPORT line gives the duration of the whole invocation, not the time of each call made during it.',
        [iteratorAlarm]:
          'IteratorAge tells how far the function lags behind its stream, nothing about the calls inside a request.',
        [metricFilter]:
          'the order log lines hold order values, not the timing of the calls that the function makes.',
      },
      takeaway:
        'Slow downstream calls are found in X-Ray traces, once the clients are instrumented so that each call becomes a subsegment.',
      facts: ['observability.xray-subsegments'],
    },
    {
      id: 'search-customer',
      label: 'searching traces by customer ID',
      text: 'Support engineers must find all the traced requests of one customer by searching for the customer ID.',
      meets: [annotation],
      breaks: {
        [metadata]:
          'metadata is stored with the trace but not indexed, so filter expressions cannot search for the customer ID.',
        [emf]:
          'metrics aggregate values over time and keep no traces of single requests to search.',
        [putMetric]:
          'data points of a metric are aggregated and keep no traces of single requests to search.',
        [lambdaInsights]:
          'Lambda Insights collects system metrics per function, with no traces of single requests.',
        [logsInsights]:
          'REPORT lines carry request IDs, durations and memory, not customer IDs, and they are logs, not traces.',
        [iteratorAlarm]:
          'an alarm on IteratorAge records nothing about single requests or customers.',
        [metricFilter]:
          'a metric filter produces an aggregate metric and keeps no traces to search by customer.',
      },
      takeaway:
        'A value that traces are searched by, such as a customer ID, must be an annotation: metadata is not indexed.',
      facts: ['observability.xray-annotations'],
    },
    {
      id: 'metric-without-api-calls',
      label: 'an order metric without API calls',
      text: 'The value of each order must become a CloudWatch metric without the code making any calls to the CloudWatch API.',
      meets: [emf, metricFilter],
      breaks: {
        [annotation]:
          'annotations live in X-Ray traces of sampled requests and create no CloudWatch metric of order values.',
        [metadata]:
          'metadata lives in X-Ray traces of sampled requests and creates no CloudWatch metric of order values.',
        [putMetric]: 'PutMetricData is itself a call to the CloudWatch API, made for every order.',
        [lambdaInsights]:
          'Lambda Insights publishes system metrics such as memory and CPU, not order values.',
        [logsInsights]:
          'a Logs Insights query returns results when someone runs it and publishes no metric.',
        [iteratorAlarm]:
          'the alarm watches IteratorAge, and nothing turns order values into a metric.',
      },
      takeaway:
        'Metrics without PutMetricData calls come from logs: the embedded metric format, or a metric filter on lines already logged.',
      facts: ['observability.embedded-metric-format', 'observability.metric-filter'],
    },
    {
      id: 'system-metrics',
      label: 'memory, CPU and network metrics',
      text: 'Operators need the memory use, CPU time and network traffic of each function as CloudWatch metrics, without any change to the function code.',
      meets: [lambdaInsights],
      breaks: {
        [annotation]:
          'traces show where sampled requests spend time, not memory, CPU or network use, and instrumenting clients changes the code.',
        [metadata]:
          'X-Ray metadata holds what the code records, not system usage, and adding it changes the code.',
        [emf]:
          'the code would have to measure and log these figures itself, which changes the function code.',
        [putMetric]:
          'the code would have to measure and send these figures itself, which changes the function code.',
        [logsInsights]:
          'REPORT lines hold the maximum memory used but no CPU time or network traffic, and a query result is not a metric.',
        [iteratorAlarm]:
          'IteratorAge measures how far a function lags behind its stream, not memory, CPU or network use.',
        [metricFilter]:
          'the log lines hold order values only, so no filter on them can produce memory, CPU or network metrics.',
      },
      takeaway:
        'Memory, CPU and network metrics per function come from Lambda Insights, an extension added as a layer with no code change.',
      facts: ['observability.lambda-insights'],
    },
    {
      id: 'stream-lag-page',
      label: 'a page when the stream backlog grows',
      text: 'Operators must be paged when the consumer function falls more than {minutes} minutes behind the Kinesis data stream.',
      meets: [iteratorAlarm],
      breaks: {
        [annotation]:
          'traces describe single sampled requests and page no one when the function falls behind its stream.',
        [metadata]:
          'metadata in a trace describes one request, and nothing in X-Ray pages anyone about lag.',
        [emf]:
          'the option publishes order values and creates no alarm, so nobody is paged when the function falls behind.',
        [putMetric]:
          'it publishes order values only, and without an alarm on the lag nobody is paged.',
        [lambdaInsights]:
          'Lambda Insights does not measure the lag behind a stream, and adding it creates no alarm.',
        [logsInsights]:
          'a query answers only when someone runs it, and REPORT lines hold no record age.',
        [metricFilter]:
          'order values say nothing about how far the function lags, and a metric filter alone pages no one.',
      },
      takeaway:
        'A growing stream backlog shows in IteratorAge: alarm on its Maximum and notify an SNS topic.',
      facts: ['observability.metric-iterator-age'],
    },
    {
      id: 'past-peak-memory',
      label: 'past peak memory without a change',
      text: 'For the past {days} days, the team needs the highest memory used by any invocation of the API function, without changing it.',
      meets: [logsInsights],
      breaks: {
        [annotation]:
          'traces hold no memory figures, and instrumenting the clients changes the function.',
        [metadata]:
          'X-Ray metadata holds only what the code records from now on, and adding it changes the function.',
        [emf]:
          'the code would log memory only from the redeploy onwards, so the past days stay uncovered, and the function changes.',
        [putMetric]:
          'calls to PutMetricData would start only after the change and redeploy, so the past days stay uncovered.',
        [lambdaInsights]:
          'Lambda Insights collects data only from the moment its layer is added, and adding the layer changes the function.',
        [iteratorAlarm]:
          'IteratorAge measures stream lag, not memory, and an alarm only looks forward.',
        [metricFilter]:
          'the order log lines hold no memory figures, and a new filter sees only events that arrive after it exists.',
      },
      takeaway:
        'Past memory use is already in the REPORT lines: query @maxMemoryUsed with Logs Insights.',
      facts: ['observability.logs-insights'],
    },
    {
      id: 'every-invocation',
      label: 'every invocation counted',
      text: 'The figures must cover every invocation, not only a sample of them.',
      meets: [emf, putMetric, lambdaInsights, logsInsights, iteratorAlarm, metricFilter],
      breaks: {
        [annotation]:
          'X-Ray records only a sample of requests, by default the first in each second and 5 percent of the rest.',
        [metadata]:
          'traces, and the metadata in them, exist only for the requests that X-Ray samples.',
      },
      takeaway:
        'X-Ray samples requests. Figures that must count every invocation come from logs or metrics.',
      facts: ['observability.active-tracing'],
    },
    {
      id: 'order-metric',
      label: 'order values as a metric',
      text: 'The value of each order must be available as a CloudWatch metric that dashboards and alarms can use.',
      meets: [emf, putMetric, metricFilter],
      breaks: {
        [annotation]:
          'an annotation makes traces searchable in X-Ray, but it is not a CloudWatch metric.',
        [metadata]: 'metadata stays inside X-Ray traces and is not a CloudWatch metric.',
        [lambdaInsights]:
          'Lambda Insights publishes memory, CPU and network metrics, not business values.',
        [logsInsights]:
          'a Logs Insights query shows results on demand and publishes no metric for alarms.',
        [iteratorAlarm]: 'IteratorAge is the lag behind a stream, not the value of orders.',
      },
      takeaway:
        'Business values become CloudWatch metrics through PutMetricData, the embedded metric format or a metric filter.',
      facts: ['observability.embedded-metric-format'],
    },
    {
      id: 'no-code-change',
      label: 'no change to the code',
      text: 'The code of both functions must stay exactly as it is.',
      meets: [lambdaInsights, logsInsights, iteratorAlarm, metricFilter],
      breaks: {
        [annotation]:
          'instrumenting the clients and recording annotations are changes to the code.',
        [metadata]: 'instrumenting the clients and adding metadata are changes to the code.',
        [emf]: 'writing log lines in the embedded metric format is a change to the code.',
        [putMetric]: 'calling PutMetricData from the function is a change to the code.',
      },
      takeaway:
        'Without code changes: alarms on Lambda metrics, Logs Insights, metric filters and Lambda Insights.',
      facts: ['observability.lambda-insights', 'observability.logs-insights'],
    },
  ],
  qualifiers: [
    {
      id: 'overhead',
      label: 'the least operational overhead',
      ask: 'Which solution meets these requirements with the LEAST operational overhead?',
      rank: { [metricFilter]: 1, [emf]: 2, [putMetric]: 3 },
      worse: {
        [emf]:
          'the code must change to write each value in the embedded metric format, and the function must be redeployed.',
        [putMetric]:
          'the code must change to call the API for every order, and the role must allow cloudwatch:PutMetricData.',
      },
      takeaway:
        'When the values are already logged, a metric filter needs no code change. When the code must change, the embedded metric format avoids API calls.',
    },
  ],
  docs: cite(`${lambdaGuide}lambda-monitoring.html`),
} as const satisfies DecisionModel;
