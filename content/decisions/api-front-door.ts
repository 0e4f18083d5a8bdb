/**
 * The front door of an HTTP API backed by Lambda: an API Gateway REST API with proxy or custom
 * integrations, an HTTP API, a function URL, or an Application Load Balancer.
 */
import type { DecisionModel } from '../schema';
import { cite, lambdaGuide } from '../topics/authoring';

const restProxy = 'rest-proxy';
const restCustom = 'rest-custom';
const httpApi = 'http-api';
const functionUrl = 'function-url';
const alb = 'alb';

export const apiFrontDoor = {
  id: 'api-front-door',
  topic: 'api-gateway',
  title: 'The front door of an HTTP API on Lambda',
  exams: ['DVA-C02', 'SAP-C02'],
  domains: ['dva-1', 'dva-2', 'sap-2'],
  settings: [
    '{company} is building {api} for {clients}. One Lambda function serves the whole API.',
    'A developer at {company} is opening {api}, served by a single Lambda function, to {clients}.',
    '{company} is moving {api} from a container fleet to a single Lambda function and will open it to {clients}.',
  ],
  slots: {
    company: ['a travel company', 'an online bank', 'a retailer', 'a logistics company'],
    api: ['an order-tracking API', 'a product catalog API', 'a pricing API', 'a booking API'],
    clients: ['its mobile apps', 'partner systems', 'its web storefront'],
  },
  options: [
    {
      id: restProxy,
      text: 'Create an API Gateway REST API whose methods reach the function through Lambda proxy integrations, on a Regional stage.',
      why: 'A REST API with proxy integrations passes each request to the function unchanged and adds the full API Gateway feature set: usage plans, request validation, a stage cache, AWS WAF, Cognito authorizers and response streaming.',
      facts: [
        'api-gateway.proxy-integration',
        'api-gateway.http-vs-rest',
        'api-gateway.response-streaming',
      ],
    },
    {
      id: restCustom,
      text: 'Create an API Gateway REST API whose methods reach the function through custom integrations with mapping templates.',
      why: 'A custom (non-proxy) integration shapes the request and the response with mapping templates, keeps every REST API feature, and can invoke the function asynchronously when the integration request sets X-Amz-Invocation-Type to Event.',
      facts: ['invocation.api-gateway-sync-by-default', 'triggers.api-gateway-async'],
    },
    {
      id: httpApi,
      text: 'Create an API Gateway HTTP API whose routes reach the function through Lambda proxy integrations, on its default stage.',
      why: 'An HTTP API passes requests to the function through proxy integrations at a lower price than a REST API, with JWT and Lambda authorizers, CORS and automatic deployments, but without the REST-only features.',
      facts: ['api-gateway.http-vs-rest', 'api-gateway.http-api-timeout'],
    },
    {
      id: functionUrl,
      text: 'Turn on a Lambda function URL for the function’s production alias, and publish the HTTPS endpoint that it provides.',
      why: 'A function URL is a built-in HTTPS endpoint with AWS_IAM or NONE as its auth type, no extra service to run or pay for, and a RESPONSE_STREAM invoke mode for streaming.',
      facts: ['key-concepts.function-url', 'api-gateway.response-streaming'],
    },
    {
      id: alb,
      text: 'Register the function in a Lambda target group of an Application Load Balancer, behind an HTTPS listener for clients.',
      why: 'The load balancer invokes the function with each request as JSON; its listener rules can authenticate users or verify JWTs, and AWS WAF can protect it, but a Lambda target returns at most 1 MB.',
      facts: ['api-gateway.alb-response-size', 'api-gateway.waf-targets'],
    },
  ],
  requirements: [
    {
      id: 'partner-quotas',
      label: 'a quota and rate limit per partner',
      text: 'The company also sells access to partners: each partner that subscribes must get its own key, with a monthly request quota and a rate limit of its own.',
      meets: [restProxy, restCustom],
      breaks: {
        [httpApi]: 'HTTP APIs have no API keys or usage plans, so they cannot meter each partner.',
        [functionUrl]:
          'a function URL authenticates with IAM or not at all, and it has no keys, quotas or rate limits per caller.',
        [alb]:
          'an Application Load Balancer issues no API keys and keeps no request quota for each client.',
      },
      takeaway:
        'Keys with a quota and a throttle per customer point to REST API usage plans; API keys meter clients but do not authenticate them.',
      facts: ['api-gateway.usage-plans', 'api-gateway.api-keys-not-auth'],
    },
    {
      id: 'schema-validation',
      label: 'schema validation before the function',
      text: 'Requests whose JSON body does not match the published schema must be rejected with HTTP 400 before any function runs.',
      meets: [restProxy, restCustom],
      breaks: {
        [httpApi]:
          'HTTP APIs do not validate requests, so the function would have to check the schema itself.',
        [functionUrl]:
          'a function URL passes every request to the function, which would have to validate the body in its own code.',
        [alb]:
          'the load balancer forwards every request to the function without checking its body against a schema.',
      },
      takeaway:
        'Rejecting invalid requests before they reach the function is a REST API request validator with a model.',
      facts: ['api-gateway.request-validation'],
    },
    {
      id: 'response-cache',
      label: 'cached GET responses',
      text: 'Responses to GET requests for the reference data should be served from a cache for five minutes without invoking the function again.',
      meets: [restProxy, restCustom],
      breaks: {
        [httpApi]:
          'HTTP APIs have no response cache, so every GET request would invoke the function.',
        [functionUrl]:
          'a function URL keeps no cache of its own, so every GET request would invoke the function.',
        [alb]:
          'the load balancer caches no responses, so every GET request would reach the function.',
      },
      takeaway:
        'A cache in front of Lambda inside API Gateway is the REST API stage cache, 300 seconds by default and GET methods only by default.',
      facts: ['api-gateway.cache-ttl', 'api-gateway.cache-get-only'],
    },
    {
      id: 'immediate-acknowledgement',
      label: 'an immediate acknowledgement for imports',
      text: 'The /imports path must acknowledge each upload at once, while the function processes the upload in the background.',
      meets: [restCustom],
      breaks: {
        [restProxy]:
          'asynchronous invocation with X-Amz-Invocation-Type set to Event works only with a custom integration; a proxy integration waits for the result.',
        [httpApi]:
          'an HTTP API’s Lambda integration is a proxy integration that waits for the function’s response.',
        [functionUrl]:
          'a function URL invokes the function synchronously and returns only when it has finished.',
        [alb]:
          'the load balancer invokes the function synchronously and holds the request until the function answers.',
      },
      takeaway:
        'API Gateway is a synchronous caller by default; only a REST API custom integration with X-Amz-Invocation-Type set to Event invokes a function asynchronously.',
      facts: ['invocation.api-gateway-sync-by-default', 'triggers.api-gateway-async'],
    },
    {
      id: 'streamed-answers',
      label: 'streamed answers on /chat',
      text: 'The /chat path must send each part of a generated answer to the client while the function is still producing the remainder.',
      meets: [restProxy, functionUrl],
      breaks: {
        [restCustom]:
          'response streaming works only with proxy integrations, not with custom integrations and their mapping templates.',
        [httpApi]:
          'only REST APIs support response streaming; an HTTP API returns the whole response at once.',
        [alb]:
          'the load balancer sends the function’s JSON response only when it is complete, and caps it at 1 MB.',
      },
      takeaway:
        'Streaming a Lambda response takes a REST API proxy integration in STREAM mode or a function URL in RESPONSE_STREAM mode.',
      facts: ['api-gateway.response-streaming'],
    },
    {
      id: 'cognito-tokens',
      label: 'Cognito tokens checked without code',
      text: 'Users sign in to an Amazon Cognito user pool, and requests without a valid token must be turned away by the front door itself, with no authorizer to write.',
      meets: [restProxy, restCustom, httpApi, alb],
      breaks: {
        [functionUrl]:
          'a function URL offers only AWS_IAM or NONE, so checking Cognito tokens would take code in the function.',
      },
      takeaway:
        'Cognito tokens are checked without code by a REST API Cognito authorizer, an HTTP API JWT authorizer or an ALB listener rule, never by a function URL.',
      facts: ['api-gateway.cognito-authorizer'],
    },
    {
      id: 'waf-web-acl',
      label: 'an AWS WAF web ACL on the endpoint',
      text: 'The security team requires an AWS WAF web ACL directly in front of the endpoint to block SQL injection attempts.',
      meets: [restProxy, restCustom, alb],
      breaks: {
        [httpApi]:
          'AWS WAF cannot be associated with an HTTP API; it would need a CloudFront distribution in front.',
        [functionUrl]:
          'a function URL is not among the resource types a web ACL can protect, so it would need CloudFront in front.',
      },
      takeaway:
        'A web ACL directly on a Lambda API means a REST API stage or an Application Load Balancer.',
      facts: ['api-gateway.waf-targets'],
    },
    {
      id: 'large-reports',
      label: 'JSON reports of about 3 MB',
      text: 'Some responses carry a JSON report of about 3 MB that the client downloads in one piece.',
      meets: [restProxy, restCustom, httpApi, functionUrl],
      breaks: {
        [alb]:
          'a Lambda target can return at most 1 MB of response JSON to an Application Load Balancer.',
      },
      takeaway:
        'An ALB caps a Lambda response at 1 MB; API Gateway and function URLs carry up to the 6 MB of a synchronous invocation.',
      facts: ['api-gateway.alb-response-size', 'limits.sync-payload'],
    },
    {
      id: 'raw-requests',
      label: 'raw requests without mapping templates',
      text: 'The function must receive each request’s headers, path, query string and body as sent, with no mapping templates to maintain.',
      meets: [restProxy, httpApi, functionUrl, alb],
      breaks: {
        [restCustom]:
          'a custom integration passes only what its mapping templates build, so the headers, path and query string need a template.',
      },
      takeaway:
        'Proxy integrations, function URLs and ALBs all hand the raw request to the function as its event.',
      facts: ['api-gateway.proxy-integration'],
    },
  ],
  qualifiers: [
    {
      id: 'cost',
      label: 'the lowest cost',
      ask: 'Traffic is a few thousand requests a day. Which solution meets these requirements MOST cost-effectively?',
      rank: { [functionUrl]: 1, [httpApi]: 2, [restProxy]: 3, [restCustom]: 3, [alb]: 4 },
      worse: {
        [httpApi]:
          'an HTTP API bills every request, while a function URL costs nothing beyond the function’s own invocations.',
        [restProxy]:
          'REST API requests are priced higher than HTTP API requests, and a function URL adds no charge of its own.',
        [restCustom]:
          'a REST API bills every request at a higher price than an HTTP API, whatever its integration type.',
        [alb]:
          'a load balancer is billed for every hour it runs, which outweighs per-request prices at a few thousand requests a day.',
      },
      takeaway:
        'At low volume, a function URL is cheapest, then an HTTP API, then a REST API; a load balancer’s hourly charge only pays off with heavy, steady traffic.',
    },
    {
      id: 'overhead',
      label: 'the least operational overhead',
      ask: 'Which solution meets these requirements with the LEAST operational overhead?',
      rank: { [functionUrl]: 1, [httpApi]: 2, [restProxy]: 3, [restCustom]: 4, [alb]: 4 },
      worse: {
        [httpApi]:
          'an HTTP API is a separate resource with routes, integrations and a stage, while a function URL is a setting of the function.',
        [restProxy]:
          'a REST API needs resources, methods and a deployment to a stage after each change, more than an HTTP API that deploys itself.',
        [restCustom]:
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
