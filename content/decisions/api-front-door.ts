/**
 * The front door of an HTTP API backed by one Lambda function: an API Gateway REST API (with a
 * body validator, a parameter-only validator, a Lambda authorizer, a stage cache, a usage plan,
 * asynchronous custom integrations, or response streaming), an HTTP API with a JWT authorizer, a
 * function URL in either invoke mode, or an Application Load Balancer with a web ACL. Each option names the settings it relies on, so that the key states what makes it
 * right, and none carries a part that a stem without its requirement would have to explain.
 */
import type { DecisionModel } from '../schema';
import { cite, lambdaGuide } from '../topics/authoring';

const restGuard = 'rest-body-validator';
const restParams = 'rest-params-validator';
const restAuthorizer = 'rest-lambda-authorizer';
const restCache = 'rest-cache';
const restUsage = 'rest-usage-plan';
const restAsync = 'rest-custom';
const restStream = 'rest-stream';
const httpApi = 'http-api';
const functionUrl = 'function-url-buffered';
const streamUrl = 'function-url-stream';
const alb = 'alb';
/** Every API Gateway and function URL option that invokes the function synchronously. */
const synchronousDoors = [
  restGuard,
  restParams,
  restAuthorizer,
  restCache,
  restUsage,
  restStream,
  httpApi,
  functionUrl,
  streamUrl,
];

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
      text: 'Create a REST API with proxy integrations to the function, a JSON schema model for each method’s payload, and a validator that checks it.',
      why: 'A request validator that checks the body compares each request with the method’s JSON schema model and answers 400 to one that does not match, without invoking the function.',
      facts: ['api-gateway.proxy-integration', 'api-gateway.request-validation'],
    },
    {
      id: restParams,
      text: 'Create a REST API with proxy integrations to the function, required headers and query strings on each method, and a validator that checks them.',
      why: 'A parameter-only request validator answers 400 to a request that lacks a required header, path parameter or query string, without invoking the function.',
      facts: ['api-gateway.proxy-integration', 'api-gateway.request-validation'],
    },
    {
      id: restAuthorizer,
      text: 'Create a REST API with proxy integrations to the function, and a REQUEST Lambda authorizer on each method that compares the body with the schema.',
      why: 'A REQUEST authorizer is a second function that API Gateway invokes before the method, with the request’s headers, path, query string, stage variables and context, and whose policy allows or denies the call.',
      facts: ['api-gateway.proxy-integration', 'api-gateway.authorizer-types'],
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
      text: 'Create a function URL on an alias of the function, keep its default BUFFERED invoke mode, and publish the HTTPS endpoint it gives.',
      why: 'A function URL is a built-in HTTPS endpoint with no service to run or pay for, and in BUFFERED mode it returns the handler’s response, up to 6 MB, once the handler has finished.',
      facts: ['key-concepts.function-url', 'limits.sync-payload'],
    },
    {
      id: streamUrl,
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
          'a request validator checks bodies, and with no usage plan or API keys nothing counts or caps each caller’s requests.',
        [restParams]:
          'a request validator only checks that required parameters are present, and no usage plan counts each caller’s requests.',
        [restAuthorizer]:
          'the authorizer allows or denies single calls, and with no usage plan nothing keeps an allowance or a rate per caller.',
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
        [streamUrl]:
          'a function URL has no API keys or usage plans, so no caller gets an allowance or a rate of its own.',
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
      text: 'Requests that lack a required field, or have a field of the wrong type, must be rejected with HTTP 400 before the function runs.',
      meets: [restGuard],
      breaks: {
        [restParams]:
          'a validator set to check parameters only confirms that required headers and query strings are present, and never compares the body with a model.',
        [restAuthorizer]:
          'API Gateway never passes the request body to a Lambda authorizer, and an authorizer can only allow the call or deny it with 401 or 403, never 400.',
        [restCache]:
          'a stage cache answers repeated GET requests, and with no request validator every malformed body reaches the function.',
        [restUsage]:
          'a usage plan counts requests without looking at their bodies, so malformed bodies reach the function.',
        [restAsync]:
          'a mapping template reshapes the body but cannot reject it, so malformed bodies are queued for the function like any other.',
        [restStream]:
          'the STREAM transfer mode changes how the response is returned, and every malformed body still reaches the function.',
        [httpApi]:
          'HTTP APIs have no request validation at all, so the function would have to check the schema itself.',
        [functionUrl]:
          'a function URL passes every request to the function, which would have to validate the body in code.',
        [streamUrl]:
          'a function URL has no request validation, so the function would have to check each body in code.',
        [alb]:
          'the load balancer forwards every request to the function without checking its body against a schema.',
      },
      takeaway:
        'Only a REST API request validator set to check the body against a JSON schema model answers 400 before any code runs. A Lambda authorizer never sees the body, and HTTP APIs validate nothing.',
      facts: ['api-gateway.request-validation', 'api-gateway.authorizer-types'],
    },
    {
      id: 'response-cache',
      label: 'GET answers reused for five minutes',
      text: 'Repeated GET requests for the same item, whose JSON is a few kilobytes, must be answered for five minutes without invoking the function again.',
      meets: [restCache],
      breaks: {
        [restGuard]:
          'no stage cache is turned on, so every valid GET request invokes the function again.',
        [restParams]:
          'no stage cache is turned on, so each GET request that passes the validator invokes the function again.',
        [restAuthorizer]:
          'no stage cache is turned on, and caching the authorizer’s policy saves authorizer calls, not calls to the function.',
        [restUsage]:
          'no stage cache is turned on, so every GET call invokes the function, whatever the usage plan allows.',
        [restAsync]:
          'no stage cache is turned on, and an asynchronous integration returns no function output to reuse.',
        [restStream]:
          'no stage cache is turned on, and API Gateway does not cache responses that it streams.',
        [httpApi]: 'HTTP APIs have no response cache, so every GET call invokes the function.',
        [functionUrl]:
          'a function URL keeps no cache of its own, so every GET call invokes the function.',
        [streamUrl]:
          'a function URL caches no responses, so each repeated GET request invokes the function again.',
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
        [restParams]:
          'its proxy integrations invoke the function synchronously, so each upload waits until the import ends.',
        [restAuthorizer]:
          'after the authorizer allows a call, the proxy integration invokes the function synchronously and waits for the import.',
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
        [streamUrl]:
          'a function URL invokes the function synchronously, and the stream stays open until the import ends.',
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
      meets: [restStream, streamUrl],
      breaks: {
        [restGuard]:
          'its proxy integrations keep the default buffered transfer mode, so nothing reaches the client before the end.',
        [restParams]:
          'its proxy integrations keep the default BUFFERED transfer mode, so the client waits for the whole answer.',
        [restAuthorizer]:
          'its proxy integrations are buffered by default, so the answer reaches the client only when it is complete.',
        [restCache]:
          'its proxy integrations are buffered, so API Gateway sends the answer only when it is complete.',
        [restUsage]:
          'its integrations use the default BUFFERED mode, so the client gets the answer only when it is whole.',
        [restAsync]:
          'an asynchronous custom integration returns before the function runs, so no part of the answer reaches the client.',
        [httpApi]:
          'HTTP APIs cannot stream, since among API Gateway API types only REST APIs can, so the answer arrives in one piece.',
        [functionUrl]:
          'in BUFFERED mode the function URL sends the response only after the handler has returned it whole.',
        [alb]:
          'the load balancer sends the function’s JSON response only when it is complete, and caps it at 1 MB.',
      },
      takeaway:
        'Streaming a Lambda response to clients takes a REST API proxy integration in STREAM mode or a function URL in RESPONSE_STREAM mode. Both are buffered by default.',
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
        [restParams]:
          'a validator can require an Authorization header but only checks that it is present, never that its token is valid.',
        [restAuthorizer]:
          'a Lambda authorizer is code the team writes and maintains, and this one checks bodies, not the users’ tokens.',
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
        [streamUrl]:
          'a function URL supports only the AWS_IAM or NONE auth type, so the function would have to check the tokens.',
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
      meets: [alb],
      breaks: {
        [restGuard]:
          'no web ACL is associated with its stage, and a request validator checks a body’s shape, not what its strings contain.',
        [restParams]:
          'no web ACL is associated with its stage, and the validator checks only that parameters are present.',
        [restAuthorizer]:
          'no web ACL is associated with its stage, so blocking SQL injection would be left to the authorizer’s own code.',
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
        [streamUrl]:
          'a web ACL cannot be associated with a function URL, which would need a CloudFront distribution in front.',
      },
      takeaway:
        'A web ACL directly on a Lambda API means a REST API stage or an Application Load Balancer. An HTTP API or a function URL needs CloudFront in front.',
      facts: ['api-gateway.waf-targets'],
    },
    {
      id: 'large-reports',
      label: 'reports of about 3 MB',
      text: 'A POST to /reports must return a report of about 3 MB to the client that sent it.',
      meets: synchronousDoors,
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
      meets: [...synchronousDoors, alb],
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
        [streamUrl]: 1,
        [httpApi]: 2,
        [restGuard]: 3,
        [restParams]: 3,
        [restUsage]: 3,
        [restAsync]: 3,
        [restStream]: 3,
        [restAuthorizer]: 4,
        [restCache]: 4,
        [alb]: 5,
      },
      worse: {
        [httpApi]:
          'an HTTP API bills every request, while a function URL costs nothing beyond the function’s own invocations.',
        [restGuard]:
          'REST API requests are priced higher than HTTP API requests, and a function URL adds no charge of its own.',
        [restParams]:
          'a REST API bills every request at a higher price than an HTTP API, and a function URL has no charge of its own.',
        [restUsage]:
          'REST API requests are priced higher than HTTP API requests, and a usage plan adds no discount to them.',
        [restAsync]:
          'REST API requests are priced higher than HTTP API requests, and a function URL adds no charge of its own.',
        [restStream]:
          'a function URL adds no charge beyond the function’s own invocations, while a REST API bills every request it streams.',
        [restAuthorizer]:
          'each call also invokes the authorizer function, billed on top of the REST API’s own request price.',
        [restCache]:
          'the stage cache is billed for every hour it runs, on top of the REST API’s own request price.',
        [alb]:
          'a load balancer is billed for every hour it runs, while a REST API bills only the requests it gets, a few cents at a few thousand requests a day.',
      },
      takeaway:
        'At low volume, a function URL is cheapest, since it adds no charge to the function’s own, then an HTTP API, then a REST API, whose requests are priced highest.',
    },
    {
      id: 'overhead',
      label: 'the least operational overhead',
      ask: 'Which solution meets these requirements with the LEAST operational overhead?',
      rank: {
        [functionUrl]: 1,
        [streamUrl]: 1,
        [httpApi]: 2,
        [restGuard]: 3,
        [restParams]: 3,
        [restCache]: 3,
        [restUsage]: 3,
        [restStream]: 3,
        [restAuthorizer]: 4,
        [restAsync]: 4,
        [alb]: 4,
      },
      worse: {
        [httpApi]:
          'an HTTP API is a separate resource with routes, integrations and an authorizer, while a function URL is a setting of the function.',
        [restGuard]:
          'a REST API needs a redeployment to its stage after each change, and the team also keeps the schema models in step with the code.',
        [restParams]:
          'a REST API needs resources, methods and a redeployment to its stage after each change, more than a function URL.',
        [restCache]:
          'a REST API needs resources, methods and a deployment to a stage after each change, more than an HTTP API that deploys itself.',
        [restUsage]:
          'a REST API needs a redeployment to its stage after each change, and the team also hands out and manages the API keys.',
        [restStream]:
          'a REST API needs resources, methods and a deployment to a stage after each change, more than a function URL or an HTTP API.',
        [restAuthorizer]:
          'the authorizer is a second function to write, deploy and keep running, on top of the REST API’s own stage deployments.',
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
