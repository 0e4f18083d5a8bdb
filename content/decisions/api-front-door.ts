/**
 * The front door of an HTTP API backed by one Lambda function: an API Gateway REST API (with a
 * validator and a web ACL, a stage cache, a usage plan, asynchronous custom integrations, or
 * response streaming), an HTTP API with a JWT authorizer, a function URL, or an Application Load
 * Balancer. Each option names the settings it relies on, so that the key states what makes it
 * right, and none carries a part that a stem without its requirement would have to explain.
 */
import type { DecisionModel } from '../schema';
import { cite, lambdaGuide } from '../topics/authoring';

const restGuard = 'rest-validator-waf';
const restCache = 'rest-cache';
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
    '{company} is building {api} for {clients} on one Node.js 22 Lambda function.',
    'A developer at {company} is opening {api}, served by one Node.js 22 Lambda function, to {clients}.',
    '{company} is moving {api} for {clients} to one Node.js 22 Lambda function.',
  ],
  slots: {
    company: ['a travel company', 'an online bank', 'a retailer', 'a logistics company'],
    api: ['an order-tracking API', 'a product catalog API', 'a pricing API', 'a booking API'],
    clients: ['mobile apps', 'partner systems', 'a web storefront'],
  },
  options: [
    {
      id: restGuard,
      text: 'Create a REST API with proxy integrations to the function, a validator and model on each method, and an AWS WAF web ACL on its stage.',
      why: 'The request validator answers 400 to a body that does not match the JSON schema model without invoking the function, and the web ACL filters every request at the stage before it reaches the function.',
      facts: [
        'api-gateway.proxy-integration',
        'api-gateway.request-validation',
        'api-gateway.waf-targets',
      ],
    },
    {
      id: restCache,
      text: 'Create a REST API with buffered proxy integrations to the function, and a stage cache that keeps each GET result for 300 seconds.',
      why: 'The stage cache keeps each GET response of up to 1 MB for 300 seconds and answers repeated requests from its copy without invoking the function. The buffered integrations return every response whole.',
      facts: [
        'api-gateway.proxy-integration',
        'api-gateway.cache-ttl',
        'api-gateway.cache-get-only',
      ],
    },
    {
      id: restUsage,
      text: 'Create a REST API with proxy integrations to the function, and a usage plan with rate, burst and quota limits and an API key for each caller.',
      why: 'The usage plan applies each API key’s own rate, burst and quota limits and answers 429 beyond them, so every caller is metered and capped on its own.',
      facts: [
        'api-gateway.proxy-integration',
        'api-gateway.usage-plans',
        'api-gateway.api-keys-not-auth',
      ],
    },
    {
      id: restAsync,
      text: 'Create a REST API with custom integrations that invoke the function with X-Amz-Invocation-Type set to Event, and a mapping template per method.',
      why: 'With X-Amz-Invocation-Type set to Event, each custom integration invokes the function asynchronously, so API Gateway answers as soon as Lambda has queued the event. The mapping template builds the event the function receives.',
      facts: ['invocation.api-gateway-sync-by-default', 'triggers.api-gateway-async'],
    },
    {
      id: restStream,
      text: 'Create a REST API with proxy integrations to the function, and set the response transfer mode of each of those integrations to STREAM.',
      why: 'In STREAM mode, API Gateway invokes the function with InvokeWithResponseStream and passes each chunk on to the client as it arrives.',
      facts: ['api-gateway.response-streaming', 'api-gateway.proxy-integration'],
    },
    {
      id: httpApi,
      text: 'Create an HTTP API with proxy integrations to the function, and a built-in JWT authorizer configured with an issuer and an audience.',
      why: 'An HTTP API passes each request to the function unchanged, at a lower price than a REST API, and its JWT authorizer checks each token against the issuer, such as a Cognito user pool, and the audience before the function runs.',
      facts: [
        'api-gateway.http-vs-rest',
        'api-gateway.cognito-authorizer',
        'api-gateway.proxy-integration',
      ],
    },
    {
      id: functionUrl,
      text: 'Create a function URL on an alias of the function, set its invoke mode to RESPONSE_STREAM, and publish the HTTPS endpoint it gives.',
      why: 'A function URL is a built-in HTTPS endpoint with no service to run or pay for, and in RESPONSE_STREAM mode a Node.js handler streams its answer to the client as it writes it.',
      facts: ['key-concepts.function-url', 'api-gateway.response-streaming'],
    },
    {
      id: alb,
      text: 'Register the function in a target group of an Application Load Balancer with an HTTPS listener, and associate an AWS WAF web ACL with it.',
      why: 'The load balancer invokes the function with each request as JSON, and the web ACL filters the requests at the load balancer before they reach the function.',
      facts: ['api-gateway.alb-response-size', 'api-gateway.waf-targets'],
    },
  ],
  requirements: [
    {
      id: 'partner-quotas',
      label: 'a quota and rate limit per caller',
      text: 'Each calling application must have its own monthly request allowance and its own ceiling on requests per second.',
      meets: [restUsage],
      breaks: {
        [restGuard]:
          'a validator and a web ACL check requests, and with no usage plan or API keys nothing counts or caps each caller’s requests.',
        [restCache]:
          'it sets up no usage plan or API keys, so API Gateway cannot tell one caller’s requests from another’s.',
        [restAsync]:
          'it sets up no usage plan or API keys, so no caller gets a quota or a rate of its own.',
        [restStream]:
          'with no usage plan or API keys, nothing counts or caps the requests of each caller.',
        [httpApi]:
          'HTTP APIs have no API keys or usage plans, and their throttling applies to routes, not to each caller.',
        [functionUrl]:
          'a function URL has no API keys, quotas or rate limits for each caller, only the function’s own concurrency.',
        [alb]:
          'an Application Load Balancer issues no API keys and keeps no quota for each client.',
      },
      takeaway:
        'A monthly quota and a rate limit for each caller come from a REST API usage plan with an API key per caller. API keys meter callers, they do not authenticate them.',
      facts: ['api-gateway.usage-plans', 'api-gateway.api-keys-not-auth'],
    },
    {
      id: 'schema-validation',
      label: 'schema validation before the function',
      text: 'Requests whose JSON body does not match the published schema must be rejected with HTTP 400 before the function runs.',
      meets: [restGuard],
      breaks: {
        [restCache]:
          'no request validator is set, so the function receives malformed bodies and must reject them itself.',
        [restUsage]:
          'a usage plan counts requests without checking their bodies, and no request validator is set.',
        [restAsync]:
          'no request validator is set, so malformed bodies are queued for the function like any other.',
        [restStream]:
          'no request validator is set on its methods, so malformed bodies reach the function.',
        [httpApi]:
          'HTTP APIs do not validate request bodies, so the function would have to check the schema itself.',
        [functionUrl]:
          'a function URL passes every request to the function, which would have to validate the body in code.',
        [alb]:
          'the load balancer forwards every request to the function without checking its body against a schema.',
      },
      takeaway:
        'Rejecting a malformed body with HTTP 400 before any code runs takes a REST API request validator with a JSON schema model.',
      facts: ['api-gateway.request-validation'],
    },
    {
      id: 'response-cache',
      label: 'GET answers reused for five minutes',
      text: 'Repeated GET requests for the same item, whose JSON is a few kilobytes, must be answered for five minutes without invoking the function again.',
      meets: [restCache],
      breaks: {
        [restGuard]:
          'no stage cache is turned on, so every valid GET request invokes the function again.',
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
        'Answers reused without invoking the function come from a REST API stage cache, which keeps GET responses of up to 1 MB for 300 seconds by default.',
      facts: ['api-gateway.cache-ttl', 'api-gateway.cache-get-only'],
    },
    {
      id: 'immediate-acknowledgement',
      label: 'an immediate acknowledgement for imports',
      text: 'Each upload to the /imports path must be acknowledged at once, while the function processes it in the background.',
      meets: [restAsync],
      breaks: {
        [restGuard]:
          'proxy integrations invoke the function synchronously and wait for its result before answering.',
        [restCache]:
          'its proxy integrations invoke the function synchronously, so each upload waits for the whole import.',
        [restUsage]:
          'a proxy integration invokes the function synchronously and holds each upload until the import ends.',
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
        'API Gateway invokes synchronously by default. Only a REST API custom integration with X-Amz-Invocation-Type set to Event hands the work off and answers at once.',
      facts: ['invocation.api-gateway-sync-by-default', 'triggers.api-gateway-async'],
    },
    {
      id: 'streamed-answers',
      label: 'streamed answers on /chat',
      text: 'The /chat path must send each part of an answer to the client while the function is still writing the rest.',
      meets: [restStream, functionUrl],
      breaks: {
        [restGuard]:
          'its proxy integrations keep the default buffered transfer mode, so nothing reaches the client before the end.',
        [restCache]:
          'its proxy integrations are buffered, so API Gateway sends the answer only when it is complete.',
        [restUsage]:
          'its integrations use the default BUFFERED mode, so the client gets the answer only when it is whole.',
        [restAsync]:
          'an asynchronous custom integration returns before the function runs, so no part of the answer reaches the client.',
        [httpApi]:
          'HTTP APIs cannot stream, since among API Gateway API types only REST APIs can, so the answer arrives in one piece.',
        [alb]:
          'the load balancer sends the function’s JSON response only when it is complete, and caps it at 1 MB.',
      },
      takeaway:
        'Streaming a Lambda response to clients takes a REST API proxy integration in STREAM mode or a function URL in RESPONSE_STREAM mode.',
      facts: ['api-gateway.response-streaming'],
    },
    {
      id: 'cognito-tokens',
      label: 'Cognito tokens checked without code',
      text: 'Only signed-in users of the company’s Amazon Cognito user pool may reach the function, and no code may be written to check their tokens.',
      meets: [httpApi],
      breaks: {
        [restGuard]:
          'a request validator checks bodies, not tokens, and no authorizer is attached to its methods.',
        [restCache]:
          'no authorizer is attached to its methods, so requests without a token reach the function.',
        [restUsage]:
          'API keys identify callers for the usage plan and do not authenticate users, and no authorizer is attached.',
        [restAsync]:
          'no authorizer is attached, so uploads without a token are queued for the function like any other.',
        [restStream]:
          'no authorizer is attached to its methods, so the function would have to check the tokens itself.',
        [functionUrl]:
          'a function URL offers only AWS_IAM or NONE as its auth type, so checking user pool tokens would take code.',
        [alb]:
          'its listener has no rule that verifies tokens, so requests without one reach the function.',
      },
      takeaway:
        'User pool tokens are checked without code by an API Gateway authorizer: a Cognito authorizer on a REST API, or a JWT authorizer on an HTTP API.',
      facts: ['api-gateway.cognito-authorizer'],
    },
    {
      id: 'waf-web-acl',
      label: 'an AWS WAF web ACL on the endpoint',
      text: 'An AWS WAF web ACL must sit directly on the endpoint to block SQL injection attempts.',
      meets: [restGuard, alb],
      breaks: {
        [restCache]:
          'no web ACL is associated with its stage, so nothing filters the requests before the function.',
        [restUsage]:
          'a usage plan caps request rates, but no web ACL is associated with the stage to inspect them.',
        [restAsync]:
          'no web ACL is associated with its stage, so nothing filters the uploads before they are queued.',
        [restStream]:
          'no web ACL is associated with its stage, so SQL injection attempts reach the function.',
        [httpApi]:
          'AWS WAF cannot be associated with an HTTP API, which would need a CloudFront distribution in front.',
        [functionUrl]:
          'a function URL is not among the resource types a web ACL can protect, so it would need CloudFront in front.',
      },
      takeaway:
        'A web ACL directly on a Lambda API means a REST API stage or an Application Load Balancer. An HTTP API or a function URL needs CloudFront in front.',
      facts: ['api-gateway.waf-targets'],
    },
    {
      id: 'large-reports',
      label: 'JSON reports of about 3 MB',
      text: 'A POST to /reports must return a JSON report of about 3 MB to the client that sent it.',
      meets: [restGuard, restCache, restUsage, restStream, httpApi, functionUrl],
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
      meets: [restGuard, restCache, restUsage, restStream, httpApi, functionUrl, alb],
      breaks: {
        [restAsync]:
          'a custom integration passes only what its mapping template builds, so the headers, path and query string need a template.',
      },
      takeaway:
        'Proxy integrations, function URLs and ALBs all hand the raw request to the function as its event. Custom integrations need mapping templates.',
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
        [restUsage]: 3,
        [restAsync]: 3,
        [restStream]: 3,
        [restGuard]: 4,
        [restCache]: 4,
        [alb]: 5,
      },
      worse: {
        [httpApi]:
          'an HTTP API bills every request, while a function URL costs nothing beyond the function’s own invocations.',
        [restUsage]:
          'REST API requests are priced higher than HTTP API requests, and a usage plan adds no discount to them.',
        [restAsync]:
          'REST API requests are priced higher than HTTP API requests, and a function URL adds no charge of its own.',
        [restStream]:
          'a REST API bills each request at a higher price than an HTTP API, while a function URL has no charge of its own.',
        [restGuard]:
          'the web ACL adds a monthly charge and a charge per request on top of the REST API’s own request price.',
        [restCache]:
          'the stage cache is billed for every hour it runs, on top of the REST API’s own request price.',
        [alb]:
          'a load balancer is billed for every hour it runs, while a REST API bills only the requests it gets, a few cents at a few thousand requests a day.',
      },
      takeaway:
        'At low volume, a function URL is cheapest, then an HTTP API, then a REST API. Hourly charges for a cache or a load balancer pay off only with heavy, steady traffic.',
    },
    {
      id: 'overhead',
      label: 'the least operational overhead',
      ask: 'Which solution meets these requirements with the LEAST operational overhead?',
      rank: {
        [functionUrl]: 1,
        [httpApi]: 2,
        [restGuard]: 3,
        [restCache]: 3,
        [restUsage]: 3,
        [restStream]: 3,
        [restAsync]: 4,
        [alb]: 4,
      },
      worse: {
        [httpApi]:
          'an HTTP API is a separate resource with routes, integrations and an authorizer, while a function URL is a setting of the function.',
        [restGuard]:
          'a REST API needs a redeployment to its stage after each change, and the team also maintains the schema models and the web ACL’s rules.',
        [restCache]:
          'a REST API needs resources, methods and a deployment to a stage after each change, more than an HTTP API that deploys itself.',
        [restUsage]:
          'a REST API needs a redeployment to its stage after each change, and the team also hands out and manages the API keys.',
        [restStream]:
          'a REST API needs resources, methods and a deployment to a stage after each change, more than a function URL or an HTTP API.',
        [restAsync]:
          'every method also needs a mapping template, which must be kept in step with the code.',
        [alb]:
          'a load balancer needs subnets in two Availability Zones, security groups, a listener with a certificate and a target group.',
      },
      takeaway:
        'Between front doors that meet the requirements, the exams prefer the least machinery: a function URL, then an HTTP API, then a REST API with proxy integrations.',
    },
  ],
  docs: cite(`${lambdaGuide}apig-http-invoke-decision.html`),
} as const satisfies DecisionModel;
