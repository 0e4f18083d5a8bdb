/**
 * Which CloudWatch or X-Ray tool answers an observability need of one API function: traces with
 * annotations or metadata, custom metrics from the embedded metric format, PutMetricData or a
 * metric filter, Lambda Insights, Logs Insights, or an alarm on its Errors metric.
 */
import type { DecisionModel } from '../schema';
import { cite, lambdaGuide } from '../topics/authoring';

const annotation = 'xray-annotation';
const metadata = 'xray-metadata';
const emf = 'embedded-metric-format';
const putMetric = 'put-metric-data';
const lambdaInsights = 'lambda-insights';
const logsInsights = 'logs-insights';
const errorsAlarm = 'errors-alarm';
const metricFilter = 'metric-filter';

export const observabilityChoices = {
  id: 'observability-choices',
  topic: 'observability',
  title: 'Choosing the metric, log query, trace or alarm that answers a question about a function',
  exams: ['DVA-C02'],
  domains: ['dva-4'],
  settings: [
    '{company} runs its order API on a {language} Lambda function. This API function writes a JSON log line with the value of each order.',
    'A developer at {company} looks after the {language} Lambda function behind an order API. This API function writes a JSON log line per order with its value.',
    '{company} is improving the monitoring of its order API on Lambda. The API function, written in {language}, writes a JSON log line per order with the order value.',
  ],
  slots: {
    company: ['a ticketing company', 'an online grocer', 'a travel agency', 'a sports retailer'],
    language: ['Python', 'Node.js', 'Java'],
    days: ['ten', 'fourteen', 'thirty'],
  },
  options: [
    {
      id: annotation,
      text: 'Turn on Lambda active tracing, instrument the API function’s clients with Powertools Tracer or ADOT, and record each customer ID as an annotation.',
      why: 'Instrumented clients add a subsegment with the time of every downstream call to each sampled trace, and an annotation is indexed, so filter expressions find the sampled traces of one customer.',
      facts: [
        'observability.active-tracing',
        'observability.xray-subsegments',
        'observability.xray-annotations',
      ],
    },
    {
      id: metadata,
      text: 'Turn on Lambda active tracing, instrument the API function’s clients with Powertools Tracer or ADOT, and record each customer ID as trace metadata.',
      why: 'Instrumented clients add a subsegment with the time of every downstream call to each sampled trace, and metadata keeps the customer ID inside the trace, without an index.',
      facts: [
        'observability.active-tracing',
        'observability.xray-subsegments',
        'observability.xray-annotations',
      ],
    },
    {
      id: emf,
      text: 'Change the API function to put each order amount as a custom metric in its log lines, in the CloudWatch embedded metric format, and redeploy it.',
      why: 'CloudWatch extracts the metrics declared in each log line asynchronously, so the function publishes custom metrics without calling the CloudWatch API.',
      facts: ['observability.embedded-metric-format'],
    },
    {
      id: putMetric,
      text: 'Change the API function to publish each order amount as a custom metric with calls to the CloudWatch PutMetricData API, and redeploy it.',
      why: 'Each call publishes a data point of a custom metric directly, from inside the invocation that handles the order.',
      facts: ['observability.embedded-metric-format'],
    },
    {
      id: lambdaInsights,
      text: 'Add the Lambda Insights extension layer to the API function, attach its managed policy to the function’s role, and use its metrics.',
      why: 'The extension collects memory, CPU time, network use and cold starts of every invocation and publishes them as CloudWatch metrics.',
      facts: ['observability.lambda-insights'],
    },
    {
      id: logsInsights,
      text: 'Run CloudWatch Logs Insights queries on the existing Lambda log group of the API function, over the order lines and REPORT lines it holds.',
      why: 'Logs Insights reads the duration and maximum memory used from the REPORT lines already stored, for as far back as the log group keeps them.',
      facts: [
        'observability.logs-insights',
        'observability.log-group',
        'observability.log-retention',
      ],
    },
    {
      id: errorsAlarm,
      text: 'Create a CloudWatch alarm on the Sum of the API function’s Lambda Errors metric, with an SNS topic that notifies the on-call engineers.',
      why: 'Lambda counts every invocation that ends in a function error in the Errors metric, and the alarm notifies the team through the topic as soon as the count passes its threshold.',
      facts: ['observability.metric-errors'],
    },
    {
      id: metricFilter,
      text: 'Create a metric filter on the API function’s Lambda log group that turns the amount in its order lines into a CloudWatch metric.',
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
          'a REPORT line gives the duration of the whole invocation, not of each call made during it.',
        [errorsAlarm]:
          'the Errors metric counts failed invocations and says nothing about the time of each call inside a request.',
        [metricFilter]:
          'the order log lines hold order values, not the timing of the calls that the function makes.',
      },
      takeaway:
        'Slow downstream calls are found in X-Ray traces, once the clients are instrumented so that each call becomes a subsegment.',
      facts: ['observability.xray-subsegments'],
    },
    {
      id: 'search-customer',
      label: 'searching recorded traces by customer ID',
      text: 'Support engineers must find the traces recorded for one customer’s requests by searching for the customer ID.',
      meets: [annotation],
      breaks: {
        [metadata]:
          'metadata is stored with each sampled trace but not indexed, so filter expressions cannot search for the customer ID.',
        [emf]:
          'metrics aggregate values over time and keep no traces of single requests to search.',
        [putMetric]:
          'data points of a metric are aggregated and keep no traces of single requests to search.',
        [lambdaInsights]:
          'Lambda Insights collects system metrics per function, with no traces of single requests.',
        [logsInsights]:
          'the order and REPORT lines hold no customer IDs, and log lines are not traces of requests.',
        [errorsAlarm]:
          'an alarm on the Errors count records nothing about single requests or customers.',
        [metricFilter]:
          'a metric filter produces an aggregate metric and keeps no traces to search by customer.',
      },
      takeaway:
        'A value that sampled traces are searched by, such as a customer ID, must be an annotation, because metadata is not indexed.',
      facts: ['observability.xray-annotations'],
    },
    {
      id: 'system-metrics',
      label: 'memory, CPU and network metrics',
      text: 'Operators must see the memory use, CPU time and network traffic of the API function as CloudWatch metrics.',
      meets: [lambdaInsights],
      breaks: {
        [annotation]:
          'traces show where sampled requests spend their time, not how much memory, CPU time or network traffic a function uses.',
        [metadata]:
          'X-Ray metadata holds what the code chooses to record with a trace, not the memory, CPU or network use of the function.',
        [emf]:
          'the option logs order amounts as metrics, and nothing in it measures memory, CPU time or network traffic.',
        [putMetric]:
          'the option publishes order amounts, and nothing in it measures memory, CPU time or network traffic.',
        [logsInsights]:
          'REPORT lines hold the maximum memory used but no CPU time or network traffic, and a query result is not a metric.',
        [errorsAlarm]:
          'the Errors metric counts failed invocations, not the memory, CPU time or network traffic of the function.',
        [metricFilter]:
          'the log lines hold order values only, so no filter on them can produce memory, CPU or network metrics.',
      },
      takeaway:
        'Memory, CPU and network metrics per function come from Lambda Insights, an extension added as a layer with no code change.',
      facts: ['observability.lambda-insights'],
    },
    {
      id: 'errors-page',
      label: 'a page when invocations fail',
      text: 'Operators must be paged within minutes whenever invocations of the API function fail.',
      meets: [errorsAlarm],
      breaks: {
        [annotation]:
          'traces record the errors of sampled requests, but nothing in X-Ray pages anyone when they happen.',
        [metadata]:
          'metadata in a trace describes one sampled request, and nothing in X-Ray pages anyone about errors.',
        [emf]:
          'the option publishes order values and creates no alarm, so nobody is paged when invocations fail.',
        [putMetric]:
          'it publishes order values only, and without an alarm on the errors nobody is paged.',
        [lambdaInsights]:
          'Lambda Insights publishes memory, CPU and network metrics, and adding it creates no alarm that pages anyone.',
        [logsInsights]:
          'a query finds errors in the logs only when someone runs it, so it pages no one.',
        [metricFilter]:
          'order values say nothing about failed invocations, and a metric filter alone pages no one.',
      },
      takeaway:
        'To be paged when a function fails, alarm on its Errors metric, which counts every invocation that ends in a function error, and notify an SNS topic.',
      facts: ['observability.metric-errors'],
    },
    {
      id: 'past-peak-memory',
      label: 'peak memory over past days',
      text: 'The team must find the highest memory used by any invocation of the API function over the past {days} days.',
      meets: [logsInsights],
      breaks: {
        [annotation]:
          'traces hold no memory figures, and tracing turned on now records only the requests that come after it.',
        [metadata]:
          'X-Ray metadata holds only what the code records from the redeploy onwards, so the past days stay uncovered.',
        [emf]:
          'the new log lines hold order amounts, from the redeploy onwards, so the past days stay uncovered.',
        [putMetric]:
          'calls to PutMetricData would start only after the redeploy, and they send order amounts, not memory.',
        [lambdaInsights]:
          'Lambda Insights collects data only from the moment its layer is added, so the past days stay uncovered.',
        [errorsAlarm]:
          'the Errors metric counts failures, not memory, and an alarm only looks forward.',
        [metricFilter]:
          'the order log lines hold no memory figures, and a new filter sees only events that arrive after it exists.',
      },
      takeaway:
        'Past memory use is already in the REPORT lines of the log group: query @maxMemoryUsed with Logs Insights.',
      facts: ['observability.logs-insights'],
    },
    {
      id: 'order-metric',
      label: 'order values as a metric without API calls',
      text: 'Each order value must reach CloudWatch dashboards and alarms, and the API function must never call the CloudWatch API while it handles an order.',
      meets: [emf, metricFilter],
      breaks: {
        [annotation]:
          'an annotation makes traces searchable in X-Ray, but it is not a CloudWatch metric.',
        [metadata]: 'metadata stays inside X-Ray traces and is not a CloudWatch metric.',
        [lambdaInsights]:
          'Lambda Insights publishes memory, CPU and network metrics, not business values.',
        [logsInsights]:
          'a Logs Insights query shows results when someone runs it and publishes no metric for alarms.',
        [errorsAlarm]: 'the Errors metric counts failed invocations, not the value of orders.',
        [putMetric]:
          'PutMetricData is itself a call to the CloudWatch API, made by the function for every order.',
      },
      takeaway:
        'Code that must not call the CloudWatch API still produces metrics: log them in the embedded metric format, or extract them from lines already logged with a metric filter.',
      facts: ['observability.embedded-metric-format', 'observability.metric-filter'],
    },
    {
      id: 'tier-dimension',
      label: 'a dimension the logs do not hold',
      text: 'Order values must be charted per customer tier, a value that the API function knows but that its log lines do not hold today.',
      meets: [emf, putMetric],
      breaks: {
        [annotation]:
          'annotations make sampled traces searchable in X-Ray, but they are not CloudWatch metrics to chart.',
        [metadata]:
          'metadata stays inside sampled X-Ray traces and is not a CloudWatch metric to chart.',
        [lambdaInsights]:
          'Lambda Insights publishes memory, CPU and network metrics, not order values by customer tier.',
        [logsInsights]:
          'a query can only read what the log lines hold, and they hold no customer tier.',
        [errorsAlarm]:
          'the Errors metric counts failed invocations and holds no order values or customer tiers.',
        [metricFilter]:
          'a metric filter publishes only values and dimensions found in the log lines, and they hold no customer tier.',
      },
      takeaway:
        'A metric filter can only use what the log lines already hold: a new dimension means a code change, such as the embedded metric format.',
      facts: ['observability.metric-filter', 'observability.embedded-metric-format'],
    },
    {
      id: 'alarm-on-metric',
      label: 'a metric that an alarm can watch',
      text: 'The outcome must be CloudWatch metric data that a threshold can watch, not results that someone has to read.',
      meets: [emf, putMetric, lambdaInsights, errorsAlarm, metricFilter],
      breaks: {
        [annotation]:
          'annotations live in X-Ray traces, which are searched and read, and they are not CloudWatch metrics.',
        [metadata]:
          'metadata stays inside X-Ray traces, which are read one by one, and it is not a CloudWatch metric.',
        [logsInsights]:
          'a Logs Insights query returns results when someone runs it and publishes no metric for an alarm.',
      },
      takeaway:
        'Only metrics can drive alarms: Lambda metrics, Lambda Insights, the embedded metric format, PutMetricData and metric filters give them, while traces and queries do not.',
      facts: ['observability.metric-filter', 'observability.logs-insights'],
    },
    {
      id: 'function-untouched',
      label: 'a function left as it is',
      text: 'Nothing may be added to the API function itself: no code, no layer, no tracing setting and no new permission.',
      meets: [logsInsights, errorsAlarm, metricFilter],
      breaks: {
        [annotation]:
          'active tracing is a setting of the function and needs X-Ray permissions, and instrumenting the clients changes its code.',
        [metadata]:
          'active tracing is a setting of the function, and recording metadata means instrumenting its code.',
        [emf]: 'writing log lines in the embedded metric format is a change to the code.',
        [putMetric]:
          'calling PutMetricData is a change to the code, and the role needs a new permission for it.',
        [lambdaInsights]:
          'Lambda Insights is a layer added to the function, with a managed policy attached to its role.',
      },
      takeaway:
        'When nothing may be added to a function, work from what Lambda already emits: its metrics, and the log group that metric filters and Logs Insights read.',
      facts: [
        'observability.metric-filter',
        'observability.logs-insights',
        'observability.metric-errors',
      ],
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
        'A metric filter needs no code change when the values are already logged, and when the code must change, the embedded metric format avoids PutMetricData calls and their permission.',
    },
  ],
  docs: cite(`${lambdaGuide}lambda-monitoring.html`),
} as const satisfies DecisionModel;
