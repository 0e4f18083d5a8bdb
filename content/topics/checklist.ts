import type { ChecklistItem, Topic } from '../schema';
import { bothExams, cite, lambdaGuide } from './authoring';

const seed = 'Checklist' as const;
/** A finding about the code or configuration of functions is a developer's choice. */
const dvaOnly = ['DVA-C02'] as const;

const critical = [
  {
    id: 'checklist.sqs-visibility-below-timeout',
    severity: 'critical',
    condition: 'SQS visibility timeout shorter than the function timeout',
    situation:
      'An order-processing function has a 5-minute timeout, and a single order can take up to four minutes. Its SQS queue had a 30-minute visibility timeout when the event source mapping was created, until an operator lowered it to 60 seconds in the SQS console to retry failed orders sooner. The team wants a fix that leaves the function’s code as it is.',
    why: 'In-flight messages reappear after 60 seconds and are processed twice, because Lambda checks the timeouts only when the mapping changes.',
    fix: 'Raise the queue’s visibility timeout to at least six times the function timeout, as AWS recommends for a queue that triggers a function.',
    fixWhy:
      'SQS hides each message that Lambda receives for the visibility timeout, and Lambda deletes the messages once the function succeeds, so a timeout well beyond the longest run keeps every order hidden until it is done. The sixfold margin also covers the retries Lambda makes when the function is throttled.',
    wrongImpacts: [
      {
        text: 'Lambda detects the mismatch, disables the event source mapping and stops polling the queue until the visibility timeout is raised above the function timeout.',
        why: 'Lambda checks the timeouts only when a mapping is created or updated; an existing mapping keeps polling and delivers the duplicates.',
      },
      {
        text: 'Messages still being processed are deleted from the queue when their visibility timeout expires, so those orders are lost instead of being processed twice.',
        why: 'When the visibility timeout expires, SQS makes the messages visible again instead of deleting them; the risk is duplicate processing, not loss.',
      },
      {
        text: 'Every message must wait out the 60-second visibility timeout before Lambda may invoke the function, so the function is throttled and orders pile up in the queue.',
        why: 'The visibility timeout only hides messages that were already received; it neither delays invocations nor throttles the function.',
      },
    ],
    wrongFixes: [
      {
        text: 'Lower the batch size to one message, so that each invocation finishes its single order well before the 60-second visibility timeout expires.',
        why: 'A single order can take up to four minutes, far longer than 60 seconds, so it still reappears while it is processed; only a visibility timeout longer than the function timeout stops the redelivery.',
      },
      {
        text: 'Turn on ReportBatchItemFailures, so that only the messages that failed go back to the queue and the messages in progress stay hidden until they are processed.',
        why: 'The handler would have to change to report failures, and partial batch responses act only at the end of an invocation: messages still in progress reappear when their visibility timeout expires.',
      },
      {
        text: 'Set the function’s reserved concurrency to one, so that only a single invocation reads from the queue at a time and no message is ever handled twice.',
        why: 'Fewer concurrent invocations do not stop a message from becoming visible again; one slow invocation still outlasts the 60-second visibility timeout.',
      },
    ],
    facts: ['esm.sqs-setting-visibility-timeout', 'esm.sqs-visibility-timeout'],
    docs: cite(`${lambdaGuide}services-sqs-configure.html`),
    seed,
    exams: dvaOnly,
    domains: ['dva-4'],
  },
  {
    id: 'checklist.function-takes-account-concurrency',
    severity: 'critical',
    condition: 'One function consuming the account’s whole concurrency',
    situation:
      'A nightly import function with no concurrency settings scales out until it uses the account’s entire concurrency quota in the Region. During the import, the company’s customer-facing API functions in the same account and Region return throttling errors. The import must still run every night, and the team wants to protect the API without any new charges.',
    why: 'The import takes the whole unreserved pool that all functions without reserved concurrency share, so invocations of every other function are throttled.',
    fix: 'Set reserved concurrency on the import function to a cap that leaves enough of the account’s concurrency for the API functions.',
    fixWhy:
      'Reserved concurrency is also the most concurrency a function can use, so the import is throttled at its cap and the rest of the account’s pool stays free for the API functions. A reservation costs nothing extra.',
    wrongImpacts: [
      {
        text: 'The import function keeps scaling above the account’s concurrency quota, and Lambda bills every execution above the quota at a higher rate.',
        why: 'Lambda never runs executions above the quota: extra invocations are throttled, not billed at a premium.',
      },
      {
        text: 'Lambda queues the API requests that arrive during the import and runs them once the import finishes, so the API calls are only delayed, never rejected.',
        why: 'Synchronous invocations such as API calls are rejected with a throttling error; only asynchronous events are queued and retried.',
      },
      {
        text: 'Only the import function is throttled once it reaches the quota, because Lambda automatically protects the capacity of the other functions in the account.',
        why: 'Lambda applies no fairness between functions: the function that scales first takes the shared pool and the others are throttled.',
      },
    ],
    wrongFixes: [
      {
        text: 'Configure provisioned concurrency on the import function, so that its environments start faster at night and it gives the pool back to the API sooner.',
        why: 'Provisioned concurrency is billed while it is configured, and it only removes cold starts: it neither caps the import nor protects the other functions.',
      },
      {
        text: 'Set the import function’s reserved concurrency to zero, so that it no longer competes with the API functions for the account’s concurrency quota at night.',
        why: 'Reserved concurrency of zero throttles every invocation of the import, so the import stops running altogether.',
      },
      {
        text: 'Increase the memory of the API functions, so that they finish faster and need fewer concurrent executions while the import is running.',
        why: 'Faster API functions still need some concurrency, and the import leaves them none; only reserving capacity protects them.',
      },
    ],
    facts: ['concurrency.unreserved', 'concurrency.reserved', 'concurrency.account-limit'],
    docs: cite(`${lambdaGuide}configuration-concurrency.html`),
    seed,
    exams: bothExams,
    domains: ['dva-4', 'sap-1', 'sap-3'],
  },
  {
    id: 'checklist.async-no-error-handling',
    severity: 'critical',
    condition: 'No error handling for asynchronous invocations',
    situation:
      'Amazon S3 invokes a function asynchronously for each uploaded invoice, and the function has no destination or dead-letter queue. While a downstream API is down for a few hours, some invoices are never processed, and nobody can tell which. Auditors want every invoice that fails kept with its error for a year, and Lambda must keep retrying as it does today.',
    why: 'Lambda retries the failing event twice by default and then discards it, so the invoice is lost with no record to find it by.',
    fix: 'Add an on-failure destination that writes the invocation record of each event that Lambda gives up on to an S3 bucket.',
    fixWhy:
      'After the last retry, Lambda writes a record with the original event, the error and the reason it gave up as an object in the bucket, which keeps it until someone deletes it. The retries stay as they are, since the destination receives only what Lambda gives up on.',
    wrongImpacts: [
      {
        text: 'Amazon S3 receives the function’s error and keeps resending the event notification for the invoice until the function finally processes it.',
        why: 'S3 hands the event to Lambda and only gets an acknowledgement; Lambda retries, not S3, and only twice by default.',
      },
      {
        text: 'Lambda retries each failed event until the downstream API recovers, so the invoices are only delayed and every one is processed in the end.',
        why: 'Lambda retries function errors twice by default and keeps events for at most six hours; after that it discards them.',
      },
      {
        text: 'Lambda disables the function after repeated errors and stops accepting events from S3 until someone turns the function back on.',
        why: 'Lambda keeps invoking the function for new events; errors do not disable it, which is why failures can go unnoticed.',
      },
    ],
    wrongFixes: [
      {
        text: 'Wrap the handler code in try/catch, log each error and return success, so that Lambda stops retrying and the log keeps a record of every failed invoice.',
        why: 'Returning success tells Lambda that the event was processed, so it no longer retries the invoices that a retry would have saved, which the team must keep doing.',
      },
      {
        text: 'Raise the function’s memory and timeout, so that each invocation keeps trying the downstream API for longer before it gives up on the invoice.',
        why: 'An outage of a few hours outlasts any invocation, and more memory does nothing while a dependency is down; failed events still need somewhere to go.',
      },
      {
        text: 'Configure an on-success destination that sends each processed invoice to a queue, which then also acts as the dead-letter queue for the events that fail.',
        why: 'An on-success destination receives only successful invocations; failed events still need an on-failure destination or a dead-letter queue.',
      },
    ],
    facts: ['invocation.retry-attempts', 'invocation.s3-on-failure', 'destinations.full-record'],
    docs: cite(`${lambdaGuide}invocation-async-error-handling.html`),
    seed,
    exams: dvaOnly,
    domains: ['dva-4'],
  },
] as const satisfies readonly ChecklistItem[];

const warnings = [
  {
    id: 'checklist.cold-starts-user-facing',
    severity: 'warning',
    condition: 'Cold starts on a user-facing API without provisioned concurrency',
    situation:
      'A checkout API is backed by a Node.js function that loads a large SDK bundle when it starts, and the function has no provisioned concurrency. After quiet periods and during traffic bursts, some requests take more than two seconds. Every request must meet the latency goal, bursts included, and the team accepts paying for capacity that is kept ready.',
    why: 'Each request that reaches a new execution environment waits while Lambda creates it and runs the init code before the handler.',
    fix: 'Configure provisioned concurrency on the alias that the API invokes, sized for the peak concurrency that the API reaches.',
    fixWhy:
      'Lambda initializes the provisioned execution environments before requests arrive and keeps them ready, so requests up to that concurrency never wait for an environment to be created and its init code to run.',
    wrongImpacts: [
      {
        text: 'Requests that arrive while an environment is starting are throttled with HTTP 429 errors, and the API clients must retry them after a delay.',
        why: 'A cold start adds latency to the request that triggered it; throttling happens only when concurrency limits are reached.',
      },
      {
        text: 'Every request pays the full initialization time, because Lambda creates a new execution environment for each invocation of the function.',
        why: 'Warm environments are reused; only the requests that need a new environment pay for the cold start.',
      },
      {
        text: 'API Gateway caches the slow responses from the cold starts, so later users receive stale data until the cache entries expire.',
        why: 'Cold starts affect latency only; they have nothing to do with API Gateway caching or stale data.',
      },
    ],
    wrongFixes: [
      {
        text: 'Turn on SnapStart for the function, so that new execution environments resume from a snapshot of the initialized code instead of starting cold.',
        why: 'SnapStart does not support Node.js runtimes; for this function, provisioned concurrency is the way to have environments ready.',
      },
      {
        text: 'Schedule an EventBridge rule that invokes the function every five minutes, so that its environments stay warm through quiet periods and bursts.',
        why: 'A ping keeps at most a few environments warm and does nothing for bursts; it is unreliable compared with provisioned concurrency.',
      },
      {
        text: 'Set reserved concurrency to the expected peak traffic instead of provisioned concurrency, so that Lambda keeps that many environments initialized.',
        why: 'Reserved concurrency guarantees and caps capacity but keeps nothing initialized, so cold starts remain.',
      },
    ],
    facts: [
      'cold-starts.cause-burst',
      'concurrency.provisioned',
      'cold-starts.mitigation-provisioned-concurrency',
      'cold-starts.provisioned-cost',
    ],
    docs: cite(`${lambdaGuide}provisioned-concurrency.html`),
    seed,
    exams: dvaOnly,
    domains: ['dva-4'],
  },
  {
    id: 'checklist.async-no-dlq-or-destination',
    severity: 'warning',
    condition: 'No dead-letter queue or destination for failed asynchronous events',
    situation:
      'An Amazon SNS topic invokes a function asynchronously to send welcome emails, and the function has neither a dead-letter queue nor an on-failure destination. The operations team wants to read each event that still fails after Lambda’s retries, together with the error and the reason Lambda gave up, and then replay it.',
    why: 'Lambda discards each event once its attempts run out, so no copy of it remains anywhere for the team to examine or process again.',
    fix: 'Add a standard SQS queue as the on-failure destination of the function, so that it receives the record of each event Lambda gives up on.',
    fixWhy:
      'After the last retry, Lambda sends a JSON record with the original event, the error and the reason it gave up to the queue, where it waits until the team reads it and invokes the function with the event again.',
    wrongImpacts: [
      {
        text: 'Lambda keeps the failed events in its internal event queue indefinitely, until an operator replays them from the Lambda console.',
        why: 'Lambda keeps events for at most six hours by default, then discards them; it offers no replay.',
      },
      {
        text: 'Amazon SNS stores the events that failed in the function and delivers each of them again automatically once the function has recovered.',
        why: 'SNS delivered the event successfully when Lambda accepted it; SNS keeps no copy for errors in the function.',
      },
      {
        text: 'Lambda writes each failed event in full to the function’s CloudWatch log group, from where the team can replay it into the function later.',
        why: 'Logs hold whatever the function printed; they are not a queue, and Lambda cannot replay events from them.',
      },
    ],
    wrongFixes: [
      {
        text: 'Attach a dead-letter queue to the topic’s SNS subscription, so that the events that still fail in the function after Lambda’s retries land there.',
        why: 'A subscription dead-letter queue catches only deliveries that SNS cannot make; once Lambda has accepted the event, function errors never reach it.',
      },
      {
        text: 'Configure an SQS FIFO queue as the on-failure destination, so that the failed events are kept in their original order and can be replayed in sequence.',
        why: 'An SQS or SNS destination, like a dead-letter queue, must be a standard queue or topic: Lambda cannot deliver records to a FIFO queue or topic, so none would be kept.',
      },
      {
        text: 'Configure a standard SQS queue as the function’s dead-letter queue, so that each event that still fails after Lambda’s retries is kept for replay.',
        why: 'A dead-letter queue receives the event itself, with only the request ID and error message as message attributes. The reason Lambda gave up is in the invocation record, which only an on-failure destination sends.',
      },
    ],
    facts: [
      'invocation.retry-attempts',
      'destinations.full-record',
      'destinations.vs-dlq',
      'destinations.targets',
    ],
    docs: cite(`${lambdaGuide}invocation-async-retain-records.html`),
    seed,
    exams: dvaOnly,
    domains: ['dva-4'],
  },
  {
    id: 'checklist.large-package',
    severity: 'warning',
    condition: 'Large deployment package',
    situation:
      'A Python function is deployed as a 240 MB unzipped package that bundles test data and several machine learning libraries that it never imports. Its cold starts take several seconds, while its warm invocations are fast. The team wants shorter cold starts without paying for environments that are kept initialized.',
    why: 'Each cold start downloads and unpacks the whole package before the runtime starts, so the unused files lengthen every initialization.',
    fix: 'Strip the deployment package down to the modules that the handler loads at run time, and deploy the smaller package again.',
    fixWhy:
      'Each new execution environment downloads and unpacks the whole package before the runtime starts, so a package cut down to what the function uses takes less time to set up on every cold start.',
    wrongImpacts: [
      {
        text: 'Warm invocations are as slow as cold starts, because Lambda downloads and unpacks the whole package again for every request it serves.',
        why: 'A warm environment keeps the loaded code; only new environments pay the download and import cost.',
      },
      {
        text: 'Lambda rejects the deployment, because no function package larger than 50 MB can be deployed, whether it is uploaded directly or through S3.',
        why: '50 MB is the limit for a zipped file uploaded directly; larger packages go through S3, and the unzipped limit is 250 MB.',
      },
      {
        text: 'The function is billed for the size of its package on every invocation, on top of the usual charges for requests and duration.',
        why: 'Package size counts against code storage and slows cold starts; there is no per-invocation charge for it.',
      },
    ],
    wrongFixes: [
      {
        text: 'Move all the libraries into layers, so that they load separately from the function code and no longer add to the cold start time.',
        why: 'Layers are extracted into the same environment on a cold start and count toward the same 250 MB; they make sharing easier, not starts faster.',
      },
      {
        text: 'Configure provisioned concurrency on an alias of the function, so that its environments are initialized before the requests arrive.',
        why: 'Provisioned environments start without a cold start, but they are billed for every hour they are kept ready, which the team rules out.',
      },
      {
        text: 'Set reserved concurrency on the function, so that Lambda keeps the unpacked package cached in every execution environment it creates.',
        why: 'Reserved concurrency guarantees and caps capacity; it keeps nothing initialized or cached.',
      },
    ],
    facts: [
      'cold-starts.mitigation-smaller-package',
      'cold-starts.mitigation-minimize-init',
      'layers.max-unzipped',
    ],
    docs: cite(`${lambdaGuide}best-practices.html`),
    seed,
    exams: dvaOnly,
    domains: ['dva-4'],
  },
] as const satisfies readonly ChecklistItem[];

const suggestions = [
  {
    id: 'checklist.java-no-snapstart',
    severity: 'suggestion',
    condition: 'Java function without SnapStart',
    situation:
      'A Java 21 function behind an API builds a Spring application context when it starts, so its cold starts take several seconds. The API invokes the function through an alias that points to a published version. The team wants shorter cold starts, including when Lambda scales out, without paying for environments kept ready.',
    why: 'Each new environment starts the JVM and sets up the Spring context before its first request, and every cold start repeats that work.',
    fix: 'Turn on SnapStart in the function’s configuration, publish a new version of the function, and point the alias at that version.',
    fixWhy:
      'When a version is published, Lambda runs the initialization once and caches an encrypted snapshot of the initialized memory and disk. New environments of that version resume from the snapshot instead of starting the JVM and building the Spring context again.',
    wrongImpacts: [
      {
        text: 'Warm invocations stay as slow as cold starts, because the JVM starts again and the Spring context is rebuilt for every request.',
        why: 'The JVM starts once per environment; warm invocations reuse the running JVM and the initialized framework.',
      },
      {
        text: 'Each cold start fails with a timeout error, and the API client must retry the request until it reaches an environment that is already warm.',
        why: 'Slow initialization adds latency to the first request of an environment; the request still succeeds, only later.',
      },
      {
        text: 'Lambda throttles all invocations of the function while a new environment is starting, until its JVM and Spring context are ready.',
        why: 'A cold start delays only the request that triggered it; other invocations run in other environments.',
      },
    ],
    wrongFixes: [
      {
        text: 'Turn on SnapStart and point the API at $LATEST, so that every code change is picked up and snapshotted without publishing a version.',
        why: 'SnapStart works only on published versions and the aliases that point to them; $LATEST is not supported.',
      },
      {
        text: 'Turn on SnapStart and add provisioned concurrency to the version behind the alias, so that environments are both pre-warmed and snapshotted.',
        why: 'SnapStart cannot be combined with provisioned concurrency on a version, and provisioned environments are billed while kept ready, which the team rules out.',
      },
      {
        text: 'Add an EventBridge schedule that invokes the function every five minutes, so that its environments stay warm between requests.',
        why: 'A ping keeps warm only the environments it reaches; each environment Lambda adds to scale out still starts the JVM and builds the Spring context.',
      },
    ],
    facts: ['cold-starts.mitigation-minimize-init', 'key-concepts.snapstart'],
    docs: cite(`${lambdaGuide}snapstart.html`),
    seed,
    exams: dvaOnly,
    domains: ['dva-3'],
  },
  {
    id: 'checklist.function-url-for-simple-api',
    severity: 'suggestion',
    condition: 'API Gateway used for a simple endpoint',
    situation:
      'A team exposes one function to a partner as a webhook receiver through an API Gateway REST API with a single POST route and no authorizer, caching, usage plan, custom domain or request validation. The partner cannot sign requests with AWS credentials, so the function checks a shared secret in each request. The team wants the endpoint that costs least and leaves the least to maintain.',
    why: 'The API is one more resource to build, deploy and pay for, yet this endpoint uses none of the features that a function URL lacks.',
    fix: 'Replace the API with a function URL whose auth type is NONE, and give the partner the new URL to call.',
    fixWhy:
      'A function URL is an HTTPS endpoint that Lambda provides for the function itself, so the REST API, its stage and its per-request charges go away. With the NONE auth type the partner needs no AWS credentials, and the function goes on checking the secret.',
    wrongImpacts: [
      {
        text: 'The webhook is slower than it needs to be, because API Gateway invokes the function asynchronously by default and polls for the result.',
        why: 'API Gateway invokes Lambda synchronously by default; the cost of the API here is extra configuration and charges, not an asynchronous hop.',
      },
      {
        text: 'The partner cannot reach the endpoint at all, because REST APIs are private by default and need a VPC endpoint to be called.',
        why: 'REST APIs are public, edge-optimized or Regional, unless a private API is chosen explicitly.',
      },
      {
        text: 'The function cannot read the partner’s request body, because API Gateway strips the body before it invokes the function.',
        why: 'A proxy integration passes the whole request, body included, to the function.',
      },
    ],
    wrongFixes: [
      {
        text: 'Add a Lambda authorizer to the API, so that the shared secret in each request is checked by API Gateway instead of the function.',
        why: 'An authorizer is a second function and more API configuration, so the endpoint costs more and has more to maintain, while the REST API stays.',
      },
      {
        text: 'Replace the API with a function URL that uses a Cognito user pool authorizer, so that the partner must sign in before each of its webhook calls.',
        why: 'Function URLs support only the AWS_IAM and NONE auth types; Cognito authorizers need API Gateway.',
      },
      {
        text: 'Replace the API with an Application Load Balancer that targets the function, so that the webhook no longer needs API Gateway.',
        why: 'A load balancer is another billed resource to run for one route; a function URL needs no extra resource at all.',
      },
    ],
    facts: ['key-concepts.function-url'],
    docs: cite(`${lambdaGuide}apig-http-invoke-decision.html`),
    seed,
    exams: dvaOnly,
    domains: ['dva-2'],
  },
  {
    id: 'checklist.layers-for-shared-deps',
    severity: 'suggestion',
    condition: 'Shared dependencies packaged into every function',
    situation:
      'Twenty Python functions, deployed as .zip archives, each bundle the same internal logging library and the same pinned version of requests. Every fix to the logging library means rebuilding and redeploying all twenty packages. The team wants to build the shared libraries once, without adding any call to another function or service at run time.',
    why: 'Each package carries its own copy of the libraries, so the packages grow large and the functions can drift onto different library releases.',
    fix: 'Publish the shared libraries as a Lambda layer, and add that layer version to each function in place of the copy it carries today.',
    fixWhy:
      'A layer is a versioned archive that Lambda extracts into /opt of every function that adds it, so the libraries are built and published once and nothing is called at run time. Each library fix is a new layer version that the functions are then updated to use.',
    wrongImpacts: [
      {
        text: 'The deployments fail, because Lambda rejects any package that contains libraries already deployed in another function of the same account and Region.',
        why: 'Lambda does not compare packages between functions; duplication costs size and effort, not failed deployments.',
      },
      {
        text: 'The twenty functions share one execution environment, so a bug in the logging library of one function crashes all the other functions too.',
        why: 'Each function runs in its own environments; duplication is a packaging problem, not a shared runtime.',
      },
      {
        text: 'Each function is billed for the duplicated libraries on every invocation, on top of its usual charges for requests and for duration.',
        why: 'Lambda does not charge per invocation for package content; the cost is storage, build time and maintenance.',
      },
    ],
    wrongFixes: [
      {
        text: 'Put the shared libraries in one function and have the other nineteen functions invoke it whenever they need the library code.',
        why: 'Every use of the library would invoke another function at run time, which is the kind of call the team rules out.',
      },
      {
        text: 'Keep the libraries in a shared S3 bucket and have each function download them into /tmp at the start of every invocation.',
        why: 'Each function would call Amazon S3 at run time to fetch the libraries, which the team rules out; a layer is already in /opt when the environment starts.',
      },
      {
        text: 'Move the libraries into a layer and reference the layer’s $LATEST version, so that every one of the functions picks up library fixes automatically.',
        why: 'Layers have no $LATEST: each function names a specific, immutable layer version ARN.',
      },
    ],
    facts: ['layers.purpose', 'layers.max-count'],
    docs: cite(`${lambdaGuide}chapter-layers.html`),
    seed,
    exams: dvaOnly,
    domains: ['dva-3'],
  },
] as const satisfies readonly ChecklistItem[];

export const checklistItems = [
  ...critical,
  ...warnings,
  ...suggestions,
] as const satisfies readonly ChecklistItem[];

export const checklistTopic = {
  id: 'checklist',
  title: 'Review checklist',
  summary: 'The 🔴 critical, 🟡 warning and 🟢 suggestion findings to look for in a Lambda design.',
  section: seed,
  intro: [
    'A review of a Lambda design or template sorts its findings by severity. Critical findings cause duplicates, outages or silent data loss; warnings hurt latency or reliability; suggestions make things simpler or faster.',
    'Each finding is asked as a situation: what goes wrong, and which change fixes it.',
  ],
  tables: [],
  facts: [],
  sets: [],
  checklist: checklistItems,
  tips: [],
} as const satisfies Topic;
