/**
 * The front door of an HTTP API backed by one Lambda function: an API Gateway REST API (with a
 * validator and a stage cache, a usage plan and a web ACL, asynchronous custom integrations, or
 * response streaming), an HTTP API, a function URL, or an Application Load Balancer. Each option
 * names the settings it relies on, so that the key states what makes it right.
 */
import type { DecisionModel } from '../schema';
import { cite, lambdaGuide } from '../topics/authoring';

const restCache = 'rest-proxy';
const restUsage = 'rest-usage-plan';
const restAsync = 'rest-custom';
const restStream = 'rest-stream';
const httpApi = 'http-api';
const functionUrl = 'function-url';
const alb = 'alb';

export const apiFrontDoor = {
  id: 'api-front-door',
  topic: 'api-gateway',
  title: 'The front door of an HTTP API on Lambda',
  exams: ['DVA-C02'],
  domains: ['dva-1', 'dva-2'],
  settings: [
    '{company} is building {api} for {clients} on one Node.js 22 Lambda function. Users sign in through an Amazon Cognito user pool.',
    'A developer at {company} is opening {api}, served by one Node.js 22 Lambda function, to {clients}. Users sign in with an Amazon Cognito user pool.',
    '{company} is moving {api} for {clients} to one Node.js 22 Lambda function. Users sign in through an Amazon Cognito user pool.',
  ],
  slots: {
    company: ['a travel company', 'an online bank', 'a retailer', 'a logistics company'],
    api: ['an order-tracking API', 'a product catalog API', 'a pricing API', 'a booking API'],
    clients: ['mobile apps', 'partner systems', 'a web storefront'],
  },
  options: [
    {
      id: restCache,
      text: 'Create a REST API with buffered proxy integrations to the function, a validator and model on each method, and a 300-second stage cache.',
      why: 'The request validator answers 400 to a body that does not match the JSON schema model without invoking the function, and the stage cache answers repeated GET requests from its copy for 300 seconds. The buffered integrations return each response whole.',
      facts: [
        'api-gateway.proxy-integration',
        'api-gateway.request-validation',
        'api-gateway.cache-ttl',
        'api-gateway.cache-get-only',
      ],
    },
    {
      id: restUsage,
      text: 'Create a REST API with proxy integrations to the function, an AWS WAF web ACL, and a usage plan with an API key per caller.',
      why: 'The usage plan applies each API key’s own rate, burst and monthly quota and answers 429 beyond them, and AWS WAF filters every request at the stage before it reaches the function.',
      facts: [
        'api-gateway.proxy-integration',
        'api-gateway.usage-plans',
        'api-gateway.waf-targets',
      ],
    },
    {
      id: restAsync,
      text: 'Create a REST API with a Cognito user pool authorizer and custom integrations that invoke the function with X-Amz-Invocation-Type set to Event.',
      why: 'The authorizer checks each token before the function runs, and the custom integrations invoke the function asynchronously, so API Gateway answers as soon as Lambda has queued the event.',
      facts: [
        'invocation.api-gateway-sync-by-default',
        'triggers.api-gateway-async',
        'api-gateway.cognito-authorizer',
      ],
    },
    {
      id: restStream,
      text: 'Create a REST API with a Cognito user pool authorizer, and proxy integrations to the function with response transfer mode STREAM.',
      why: 'The authorizer checks each token before the function runs, and in STREAM mode API Gateway invokes the function with InvokeWithResponseStream and passes each chunk on as it arrives.',
      facts: [
        'api-gateway.response-streaming',
        'api-gateway.cognito-authorizer',
        'api-gateway.proxy-integration',
      ],
    },
    {
      id: httpApi,
      text: 'Create an HTTP API with proxy integrations to the function, a JWT authorizer trusting the Cognito user pool, and a rate limit per route.',
      why: 'An HTTP API passes each request to the function unchanged at a lower price than a REST API, its JWT authorizer checks user pool tokens, and route throttling caps all callers together.',
      facts: ['api-gateway.http-vs-rest', 'api-gateway.proxy-integration'],
    },
    {
      id: functionUrl,
      text: 'Create a function URL on the function’s live alias, set its invoke mode to RESPONSE_STREAM, and publish the HTTPS endpoint it gives.',
      why: 'A function URL is a built-in HTTPS endpoint with no service to run or pay for, and in RESPONSE_STREAM mode a Node.js handler streams its answer to the client as it writes it.',
      facts: ['key-concepts.function-url', 'api-gateway.response-streaming'],
    },
    {
      id: alb,
      text: 'Register the function in a target group of an Application Load Balancer whose HTTPS listener verifies Cognito JWTs and has a WAF web ACL.',
      why: 'The listener rule verifies each token’s signature and expiry before forwarding, AWS WAF filters the requests, and the load balancer invokes the function with each request as JSON.',
      facts: ['api-gateway.alb-response-size', 'api-gateway.waf-targets'],
    },
  ],
  requirements: [
    {
      id: 'partner-quotas',
      label: 'a quota and rate limit per partner',
      text: 'Each paying partner must have its own monthly request allowance and its own ceiling on requests per second.',
      meets: [restUsage],
      breaks: {
        [restCache]:
          'it sets up no usage plan or API keys, so API Gateway cannot tell one partner’s requests from another’s.',
        [restAsync]:
          'an authorizer identifies users, but without a usage plan no partner gets a quota or a rate of its own.',
        [restStream]:
          'its authorizer checks user tokens, and with no usage plan or API keys nothing counts or caps a partner’s requests.',
        [httpApi]:
          'route throttling caps all callers together, and HTTP APIs have no API keys or usage plans to meter each partner.',
        [functionUrl]:
          'a function URL has no API keys, quotas or rate limits for each caller, only the function’s own concurrency.',
        [alb]:
          'an Application Load Balancer issues no API keys and keeps no quota for each client.',
      },
      takeaway:
        'A quota and a throttle per customer are a REST API usage plan with an API key for each customer; API keys meter clients but do not authenticate them.',
      facts: ['api-gateway.usage-plans', 'api-gateway.api-keys-not-auth'],
    },
    {
      id: 'schema-validation',
      label: 'schema validation before the function',
      text: 'Requests whose JSON body does not match the published schema must be rejected with HTTP 400 before the function runs.',
      meets: [restCache],
      breaks: {
        [restUsage]:
          'a usage plan and a web ACL do not check bodies against a schema, and no request validator is set.',
        [restAsync]:
          'no request validator is set, so malformed bodies are queued for the function like any other.',
        [restStream]:
          'no request validator is set, so the function receives malformed bodies and must reject them itself.',
        [httpApi]:
          'HTTP APIs do not validate request bodies, so the function would have to check the schema itself.',
        [functionUrl]:
          'a function URL passes every request to the function, which would have to validate the body in code.',
        [alb]:
          'the load balancer forwards every request to the function without checking its body against a schema.',
      },
      takeaway:
        'Rejecting a malformed body before any code runs is a REST API request validator with a JSON schema model; HTTP APIs, function URLs and load balancers cannot.',
      facts: ['api-gateway.request-validation'],
    },
    {
      id: 'response-cache',
      label: 'GET answers reused for five minutes',
      text: 'Repeat GET calls for the same data within five minutes must be answered without invoking the function again.',
      meets: [restCache],
      breaks: {
        [restUsage]:
          'no stage cache is turned on, so every GET call invokes the function, whatever the usage plan allows.',
        [restAsync]:
          'no stage cache is turned on, and an asynchronous integration returns no function output to reuse.',
        [restStream]:
          'no stage cache is turned on, and API Gateway does not cache responses that it streams.',
        [httpApi]: 'HTTP APIs have no response cache, so every GET call invokes the function.',
        [functionUrl]:
          'a function URL keeps no cache of its own, so every GET call invokes the function.',
        [alb]: 'the load balancer caches no responses, so every GET call reaches the function.',
      },
      takeaway:
        'Answers reused without invoking the function are a REST API stage cache: 300 seconds by default, and GET methods only unless a method says otherwise.',
      facts: ['api-gateway.cache-ttl', 'api-gateway.cache-get-only'],
    },
    {
      id: 'immediate-acknowledgement',
      label: 'an immediate acknowledgement for imports',
      text: 'Each upload to the /imports path must be acknowledged at once, while the function processes it in the background.',
      meets: [restAsync],
      breaks: {
        [restCache]:
          'proxy integrations invoke the function synchronously and wait for its result before answering.',
        [restUsage]:
          'proxy integrations invoke the function synchronously, so each upload waits for the whole import.',
        [restStream]:
          'a streaming proxy integration still invokes the function synchronously and holds the request until it ends.',
        [httpApi]:
          'an HTTP API’s Lambda integration is a proxy integration that waits for the function’s response.',
        [functionUrl]:
          'a function URL invokes the function synchronously and returns only when it has finished.',
        [alb]:
          'the load balancer invokes the function synchronously and holds the request until the function answers.',
      },
      takeaway:
        'API Gateway invokes synchronously by default; only a REST API custom integration with X-Amz-Invocation-Type set to Event hands the work off and answers at once.',
      facts: ['invocation.api-gateway-sync-by-default', 'triggers.api-gateway-async'],
    },
    {
      id: 'streamed-answers',
      label: 'streamed answers on /chat',
      text: 'The /chat path must send each part of an answer to the client while the function is still writing the rest.',
      meets: [restStream, functionUrl],
      breaks: {
        [restCache]:
          'its proxy integrations are buffered, so API Gateway sends the answer only when it is complete.',
        [restUsage]:
          'its proxy integrations keep the default buffered transfer mode, so nothing reaches the client before the end.',
        [restAsync]:
          'an asynchronous custom integration returns before the function runs, so no part of the answer reaches the client.',
        [httpApi]:
          'HTTP APIs cannot stream; among API Gateway API types only REST APIs can, so the answer arrives in one piece.',
        [alb]:
          'the load balancer sends the function’s JSON response only when it is complete, and caps it at 1 MB.',
      },
      takeaway:
        'Streaming a Lambda response to clients takes a REST API proxy integration in STREAM mode or a function URL in RESPONSE_STREAM mode, with a runtime that can stream, such as Node.js.',
      facts: ['api-gateway.response-streaming'],
    },
    {
      id: 'cognito-tokens',
      label: 'Cognito tokens checked without code',
      text: 'Requests without a valid user pool token must be rejected before the function runs, with no authorizer code to write.',
      meets: [restAsync, restStream, httpApi, alb],
      breaks: {
        [restCache]:
          'no authorizer is attached to its methods, so requests without a token reach the function.',
        [restUsage]:
          'API keys identify clients for the usage plan and do not authenticate users, and no authorizer is attached.',
        [functionUrl]:
          'a function URL offers only AWS_IAM or NONE as its auth type, so checking user pool tokens would take code.',
      },
      takeaway:
        'User pool tokens are checked without code by a REST API Cognito authorizer, an HTTP API JWT authorizer or an ALB listener rule, never by a function URL.',
      facts: ['api-gateway.cognito-authorizer'],
    },
    {
      id: 'waf-web-acl',
      label: 'an AWS WAF web ACL on the endpoint',
      text: 'An AWS WAF web ACL must sit directly on the endpoint to block SQL injection attempts.',
      meets: [restUsage, alb],
      breaks: {
        [restCache]:
          'no web ACL is associated with its stage, so nothing filters the requests before the function.',
        [restAsync]:
          'no web ACL is associated with its stage, so nothing filters the uploads before they are queued.',
        [restStream]:
          'its stage has no web ACL, and its authorizer checks tokens, not SQL injection in the requests.',
        [httpApi]:
          'AWS WAF cannot be associated with an HTTP API; it would need a CloudFront distribution in front.',
        [functionUrl]:
          'a function URL is not among the resource types a web ACL can protect, so it would need CloudFront in front.',
      },
      takeaway:
        'A web ACL directly on a Lambda API means a REST API stage or an Application Load Balancer; an HTTP API or a function URL needs CloudFront in front.',
      facts: ['api-gateway.waf-targets'],
    },
    {
      id: 'large-reports',
      label: 'JSON reports of about 3 MB',
      text: 'Some calls return a JSON report of about 3 MB, which the client downloads in one piece.',
      meets: [restCache, restUsage, restStream, httpApi, functionUrl],
      breaks: {
        [restAsync]:
          'every method invokes the function asynchronously, so API Gateway answers before the report exists.',
        [alb]:
          'a Lambda target can return at most 1 MB of response JSON to an Application Load Balancer.',
      },
      takeaway:
        'A report the client downloads needs a synchronous invocation: API Gateway and function URLs pass on a buffered Lambda response of up to 6 MB, an ALB only 1 MB, and an asynchronous integration nothing.',
      facts: ['api-gateway.alb-response-size', 'limits.sync-payload'],
    },
    {
      id: 'raw-requests',
      label: 'raw requests without mapping templates',
      text: 'The function must get each request’s headers, path, query string and body unchanged, with no mapping templates to maintain.',
      meets: [restCache, restUsage, restStream, httpApi, functionUrl, alb],
      breaks: {
        [restAsync]:
          'a custom integration passes only what its mapping template builds, so the headers, path and query string need a template.',
      },
      takeaway:
        'Proxy integrations, function URLs and ALBs all hand the raw request to the function as its event; custom integrations need mapping templates.',
      facts: ['api-gateway.proxy-integration'],
    },
  ],
  qualifiers: [
    {
      id: 'cost',
      label: 'the lowest cost',
      ask: 'Traffic is a few thousand requests a day. Which solution meets these requirements MOST cost-effectively?',
      rank: {
        [functionUrl]: 1,
        [httpApi]: 2,
        [restAsync]: 3,
        [restStream]: 3,
        [restUsage]: 4,
        [restCache]: 4,
        [alb]: 5,
      },
      worse: {
        [httpApi]:
          'an HTTP API bills every request, while a function URL costs nothing beyond the function’s own invocations.',
        [restAsync]:
          'REST API requests are priced higher than HTTP API requests, and a function URL adds no charge of its own.',
        [restStream]:
          'a REST API bills each request at a higher price than an HTTP API, while a function URL has no charge of its own.',
        [restUsage]:
          'the web ACL adds a monthly charge and a charge per request on top of the REST API’s own request price.',
        [restCache]:
          'the stage cache is billed for every hour it runs, on top of the REST API’s own request price.',
        [alb]:
          'a load balancer and its web ACL are billed every hour, which outweighs per-request prices at a few thousand requests a day.',
      },
      takeaway:
        'At low volume, a function URL is cheapest, then an HTTP API, then a REST API; hourly charges for a cache or a load balancer pay off only with heavy, steady traffic.',
    },
    {
      id: 'overhead',
      label: 'the least operational overhead',
      ask: 'Which solution meets these requirements with the LEAST operational overhead?',
      rank: {
        [functionUrl]: 1,
        [httpApi]: 2,
        [restCache]: 3,
        [restUsage]: 3,
        [restStream]: 3,
        [restAsync]: 4,
        [alb]: 4,
      },
      worse: {
        [httpApi]:
          'an HTTP API is a separate resource with routes, integrations and an authorizer, while a function URL is a setting of the function.',
        [restCache]:
          'a REST API needs resources, methods and a deployment to a stage after each change, more than an HTTP API that deploys itself.',
        [restUsage]:
          'a REST API needs a redeployment to its stage after each change, and the team also manages keys, a usage plan and a web ACL.',
        [restStream]:
          'a REST API needs resources, methods and a deployment to a stage after each change, more than a function URL or an HTTP API.',
        [restAsync]:
          'every method also needs request and response mapping templates, which must be kept in step with the code.',
        [alb]:
          'a load balancer needs subnets in two zones, security groups, a listener with a certificate and a target group.',
      },
      takeaway:
        'Between front doors that meet the requirements, the exams prefer the least machinery: a function URL, then an HTTP API, then a REST API with proxy integrations.',
    },
  ],
  docs: cite(`${lambdaGuide}apig-http-invoke-decision.html`),
} as const satisfies DecisionModel;
