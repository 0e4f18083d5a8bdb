/**
 * HTTP front doors for Lambda functions: API Gateway REST and HTTP APIs (proxy integrations,
 * timeouts, stages, caching, throttling, usage plans, authorizers, CORS, streaming), function URLs
 * and Application Load Balancers.
 */
import type { AttributeTable, Fact, Topic } from '../schema';
import { apiFrontDoor } from '../decisions/api-front-door';
import { bothExams, cite, docsBase, lambdaGuide } from './authoring';

const apiGuide = `${docsBase}apigateway/latest/developerguide/`;
const albGuide = `${docsBase}elasticloadbalancing/latest/application/`;

const proxyPage = cite(`${apiGuide}set-up-lambda-proxy-integrations.html`);
const corsPage = cite(`${apiGuide}how-to-cors.html`);
const restQuotas = cite(`${apiGuide}api-gateway-execution-service-limits-table.html`);
const httpQuotas = cite(`${apiGuide}http-api-quotas.html`);
const stageVariables = cite(`${apiGuide}stage-variables.html`);
const cachingPage = cite(`${apiGuide}api-gateway-caching.html`);
const accountQuotas = cite(`${apiGuide}limits.html`);
const usagePlans = cite(`${apiGuide}api-gateway-api-usage-plans.html`);
const lambdaAuthorizers = cite(`${apiGuide}apigateway-use-lambda-authorizer.html`);
const authorizerInput = cite(`${apiGuide}api-gateway-lambda-authorizer-input.html`);
const authorizerApi = cite(`${docsBase}apigateway/latest/api/API_Authorizer.html`);
const cognitoAuthorizer = cite(`${apiGuide}apigateway-integrate-with-cognito.html`);
const requestValidation = cite(`${apiGuide}api-gateway-method-request-validation.html`);
const httpVsRest = cite(`${apiGuide}http-api-vs-rest.html`);
const httpThrottling = cite(`${apiGuide}http-api-throttling.html`);
const responseStreaming = cite(`${apiGuide}response-transfer-mode.html`);
const albLambda = cite(`${albGuide}lambda-functions.html`);
const albJwt = cite(`${albGuide}listener-verify-jwt.html`);
const wafResources = cite(`${docsBase}waf/latest/developerguide/how-aws-waf-works-resources.html`);
const wafRateRules = cite(
  `${docsBase}waf/latest/developerguide/waf-rule-statement-type-rate-based.html`,
);
const urlAuth = cite(`${lambdaGuide}urls-auth.html`);
const urlStreaming = cite(`${lambdaGuide}config-rs-invoke-furls.html`);
const reservedConcurrency = cite(`${lambdaGuide}configuration-concurrency.html`);
const httpInvokeChoice = cite(`${lambdaGuide}apig-http-invoke-decision.html`);

const dva = ['DVA-C02'] as const;

const integration = [
  {
    id: 'api-gateway.proxy-integration',
    kind: 'rule',
    topic: 'api-gateway',
    part: 'Lambda proxy integrations',
    statement:
      'With a Lambda proxy integration, API Gateway passes the whole request to the function as its event, and the object that the function returns becomes the HTTP response.',
    why: 'The event holds the method, path, headers, query string parameters, body, stage variables and request context, and API Gateway maps the function’s output straight to the response, so no mapping templates are needed.',
    takeaway:
      'A proxy integration hands the raw request to the function, which builds the response itself; a custom integration shapes both with mapping templates.',
    ask: 'A developer wants a REST API to hand every request to one Lambda function unchanged, without writing mapping templates. What does a Lambda proxy integration do?',
    docs: proxyPage,
    exams: dva,
    domains: ['dva-1'],
    misconceptions: [
      {
        text: 'With a Lambda proxy integration, API Gateway passes only the request body to the function as its event, and a mapping template turns the function’s output into the HTTP response.',
        why: 'The event also carries headers, path, query string, stage variables and context, and a proxy integration uses no mapping templates at all.',
      },
      {
        text: 'With a Lambda proxy integration, API Gateway forwards the client’s raw HTTP connection to the function, which writes the bytes of the HTTP response to the socket itself.',
        why: 'The function receives a JSON event and returns a JSON object; API Gateway keeps the connection and builds the response from that object.',
      },
      {
        text: 'With a Lambda proxy integration, API Gateway passes the whole request to the function as its event, and it always answers the client with HTTP 200 and the function’s output as the body.',
        why: 'The function sets the status code and the headers in the object it returns; API Gateway does not force a 200.',
      },
    ],
  },
  {
    id: 'api-gateway.proxy-response-format',
    kind: 'rule',
    topic: 'api-gateway',
    part: 'Lambda proxy integrations',
    statement:
      'In a proxy integration the function must return an object with statusCode, optional headers and a string body, and any other output makes API Gateway answer 502 Bad Gateway.',
    why: 'API Gateway turns the function’s result into the HTTP response; when the result lacks that shape, for example a bare JSON document or a body that is not a string, it cannot build a response and reports a malformed Lambda proxy response.',
    takeaway:
      'A 502 behind a Lambda proxy integration usually means a malformed response: return statusCode, headers and body as a string, with isBase64Encoded for binary data.',
    ask: 'A function behind a REST API proxy integration returns the object { "orders": [...] }, and every client gets 502 Bad Gateway although the function succeeds. What is wrong?',
    docs: proxyPage,
    exams: dva,
    domains: ['dva-1', 'dva-4'],
    misconceptions: [
      {
        text: 'In a proxy integration the function may return any JSON document, which API Gateway sends as the body with status 200, so a 502 Bad Gateway means the function itself threw an error.',
        why: 'The output must carry statusCode and a string body; a bare document is a malformed proxy response, which API Gateway reports as 502.',
      },
      {
        text: 'In a proxy integration the function must return a string of raw HTTP that starts with the status line, and returning a JSON object makes API Gateway answer 502 Bad Gateway.',
        why: 'API Gateway expects a JSON object with statusCode, headers and body, not raw HTTP text.',
      },
      {
        text: 'In a proxy integration the function must return an object with statusCode, optional headers and a string body, and any other output makes API Gateway answer 504 Gateway Timeout.',
        why: 'A 504 comes from the integration timeout running out; a malformed proxy response gives 502 Bad Gateway.',
      },
    ],
  },
  {
    id: 'api-gateway.cors-proxy',
    kind: 'rule',
    topic: 'api-gateway',
    part: 'Lambda proxy integrations',
    statement:
      'With a proxy integration, the function itself must return the Access-Control-Allow-Origin header, because API Gateway passes the function’s response through unchanged.',
    why: 'Enabling CORS on a REST API resource sets up the OPTIONS preflight response, but a proxy integration has no integration response where API Gateway could add headers, so the actual response carries only what the function returns.',
    takeaway:
      'Browsers blocking a REST API proxy integration although CORS is enabled: add Access-Control-Allow-Origin to the headers that the function returns.',
    ask: 'A single-page app on another domain calls a REST API with a Lambda proxy integration. CORS is enabled on the resource in the console, yet the browser blocks the responses. What fixes it?',
    docs: corsPage,
    exams: dva,
    domains: ['dva-1', 'dva-4'],
    misconceptions: [
      {
        text: 'With a proxy integration, enabling CORS on the resource in the console is enough, because API Gateway then adds the Access-Control-Allow-Origin header to every response it sends.',
        why: 'That setting answers the preflight, but API Gateway adds nothing to a proxy integration’s responses; the function must return the header.',
      },
      {
        text: 'With a proxy integration, CORS is handled by the browser alone, so the API needs no special header in its responses as long as the function returns a status code of 200.',
        why: 'The browser checks the response for Access-Control-Allow-Origin and blocks it without the header, whatever its status.',
      },
      {
        text: 'With a proxy integration, the client must send the Access-Control-Allow-Origin header with each request, and API Gateway copies that header into the function’s response.',
        why: 'Access-Control-Allow-Origin is a response header that the server sets; the browser sends Origin, and the function must answer with the allowed origin.',
      },
    ],
  },
  {
    id: 'api-gateway.rest-timeout-raise',
    kind: 'rule',
    topic: 'api-gateway',
    part: 'Choosing a front door',
    statement:
      'A Regional or private REST API can have its integration timeout raised above the default through a quota request, while an edge-optimized REST API or an HTTP API cannot.',
    why: 'API Gateway lets Regional and private REST APIs wait longer than the default of 29 seconds for an integration, which may lower the account’s throttle quota; edge-optimized REST APIs keep the default, and HTTP APIs stop at 30 seconds.',
    takeaway:
      'The REST API timeout is no longer a hard 29 seconds: a Regional or private REST API can ask for more, and a streamed response can run up to 15 minutes.',
    examNote:
      'Older questions treat 29 seconds as a hard limit of API Gateway that can never be raised.',
    ask: 'A Regional REST API fronts a function that needs about 60 seconds for some requests, and clients get 504 errors after 29 seconds. What can the team do in API Gateway itself?',
    docs: restQuotas,
    exams: bothExams,
    domains: ['dva-4', 'sap-3'],
    misconceptions: [
      {
        text: 'No REST API, Regional or not, can have its integration timeout raised above the default, so any work that runs longer must move to an asynchronous pattern or to a function URL.',
        why: 'Regional and private REST APIs can now raise the timeout through a quota request; only edge-optimized REST APIs and HTTP APIs cannot.',
      },
      {
        text: 'Any API Gateway API, HTTP APIs included, can have its integration timeout raised above the default through a quota request to AWS Support, whatever its endpoint type is.',
        why: 'HTTP APIs stop at 30 seconds, which can’t be increased, and edge-optimized REST APIs keep the default as well.',
      },
      {
        text: 'A Regional REST API adopts the function’s own timeout as its integration timeout, so raising the function timeout above 60 seconds is enough to stop the 504 errors from now on.',
        why: 'API Gateway never reads the function’s timeout; its integration timeout is a setting of its own.',
      },
    ],
  },
  {
    id: 'api-gateway.stage-variable-alias',
    kind: 'rule',
    topic: 'api-gateway',
    part: 'Lambda proxy integrations',
    statement:
      'A stage variable in the integration’s function ARN lets each stage of an API invoke a different Lambda alias, and API Gateway needs invoke permission on every alias it can reach.',
    why: 'API Gateway substitutes the stage’s value, such as prod or beta, into a function ARN like my-function:${stageVariables.alias} at request time, and Lambda checks the resource-based policy for that exact alias.',
    takeaway:
      'One API, several stages, several aliases: put ${stageVariables.alias} in the function ARN and allow API Gateway to invoke each alias.',
    ask: 'A team wants the beta stage of a REST API to invoke the beta alias of a function and the prod stage to invoke the prod alias, from one API definition. How?',
    docs: stageVariables,
    exams: dva,
    domains: ['dva-3'],
    misconceptions: [
      {
        text: 'A separate API must be created for each Lambda alias, because an integration can point only at one fixed function ARN that its stages cannot change.',
        why: 'An integration’s function ARN can contain ${stageVariables.name}, so one API serves every alias through its stages.',
      },
      {
        text: 'A stage variable in the integration’s function ARN lets each stage invoke a different alias, and Lambda grants API Gateway access to every alias automatically when a stage is deployed.',
        why: 'Deploying a stage adds no permissions; each alias needs its own permission, usually a resource-based policy statement that allows API Gateway to invoke it.',
      },
      {
        text: 'A weighted Lambda alias lets each stage of an API choose its own version, because API Gateway passes the stage name to Lambda, which uses it as the name of the alias to run.',
        why: 'API Gateway sends no stage name to pick an alias; the integration’s function ARN names the alias, through a stage variable when stages differ.',
      },
    ],
  },
  {
    id: 'api-gateway.response-streaming',
    kind: 'rule',
    topic: 'api-gateway',
    part: 'Lambda proxy integrations',
    statement:
      'A REST API can stream a Lambda function’s response to the client when its proxy integration’s response transfer mode is STREAM, which an HTTP API can’t do.',
    why: 'With STREAM, API Gateway invokes the function with InvokeWithResponseStream and forwards the bytes as they arrive, which lowers the time to first byte and can run for up to 15 minutes; the stage cache does not apply to streamed responses.',
    takeaway:
      'To stream a Lambda response through API Gateway, use a REST API proxy integration with STREAM; without API Gateway, a function URL with RESPONSE_STREAM does it too.',
    examNote:
      'Older questions may expect a function URL to be the only way to stream a Lambda response to a client.',
    ask: 'A chatbot backend on Lambda must send each part of a generated answer to the browser as soon as it exists, behind an API Gateway API. What makes that possible?',
    docs: responseStreaming,
    exams: bothExams,
    domains: ['dva-1', 'sap-2'],
    misconceptions: [
      {
        text: 'An HTTP API can stream a Lambda function’s response to the client when its route uses payload format version 2.0, which a REST API can’t do.',
        why: 'Only REST APIs support response streaming; the payload format version of an HTTP API only changes the shape of the event.',
      },
      {
        text: 'A REST API can stream a Lambda function’s response only through a custom integration whose response mapping template sets the transfer mode to STREAM.',
        why: 'Streaming works only with proxy integrations, and response transformations with mapping templates are not available on a streamed response.',
      },
      {
        text: 'No API Gateway API can stream a Lambda function’s response to the client, so streaming always takes a Lambda function URL whose invoke mode is RESPONSE_STREAM.',
        why: 'REST API proxy integrations support the STREAM response transfer mode; a function URL is no longer the only way.',
      },
    ],
  },
] as const satisfies readonly Fact[];

const protection = [
  {
    id: 'api-gateway.cache-get-only',
    kind: 'rule',
    topic: 'api-gateway',
    part: 'Caching',
    statement:
      'When caching is enabled on a REST API stage, only GET methods are cached by default, and any other method needs a method-level setting to use the cache.',
    why: 'API Gateway caches GET responses by default to keep the API safe, since POST, PUT and DELETE usually change data; a method setting can turn caching on for another method, and the cache is billed per hour by its size.',
    takeaway:
      'A REST API stage cache serves GET methods by default, and it is a paid, per-hour resource sized in gigabytes.',
    ask: 'A team enables the stage cache on a REST API and sees no cache hits for its POST /search method, while its GET methods are served from the cache. Why?',
    docs: cachingPage,
    exams: dva,
    domains: ['dva-1', 'dva-4'],
    misconceptions: [
      {
        text: 'When caching is enabled on a REST API stage, every method is cached by default, POST, PUT and DELETE included, unless a method-level setting turns it off.',
        why: 'Only GET methods are cached by default; other methods must be turned on one by one.',
      },
      {
        text: 'When caching is enabled on a REST API stage, only methods with a Lambda proxy integration are cached, and methods with any other integration type are never cached.',
        why: 'Caching depends on the method and its settings, not on the integration type; GET methods are cached by default.',
      },
      {
        text: 'When caching is enabled on a REST API stage, only POST methods are cached by default, because their request bodies make the most precise cache keys for the responses.',
        why: 'It is GET methods that are cached by default; the request body is not part of the default cache key.',
      },
    ],
  },
  {
    id: 'api-gateway.cache-ttl',
    kind: 'limit',
    topic: 'api-gateway',
    part: 'Caching',
    subject: 'default time to live of responses in a REST API stage cache',
    value: { kind: 'exact', n: 300, unit: 's' },
    statement: 'A REST API stage cache keeps each response for 300 seconds by default.',
    why: 'API Gateway answers repeated requests from the cache until the TTL runs out, and then calls the integration again; the TTL can be set from 0, which turns caching off, up to 3,600 seconds.',
    takeaway: 'Stage cache TTL: 300 seconds by default, 3,600 at most, 0 for no caching.',
    ask: 'A team enables caching on a REST API stage and leaves the time to live at its default. How long does API Gateway keep each cached response?',
    docs: cachingPage,
    exams: dva,
    domains: ['dva-1'],
    misconceptions: [
      {
        text: 'A REST API stage cache keeps each response for 60 seconds by default.',
        why: 'The default TTL is 300 seconds, not 60.',
        figure: { kind: 'exact', n: 60, unit: 's' },
      },
      {
        text: 'A REST API stage cache keeps each response for 3,600 seconds by default, the longest it allows.',
        why: '3,600 seconds is the maximum TTL; the default is 300 seconds.',
        figure: { kind: 'exact', n: 3600, unit: 's' },
      },
      {
        text: 'A REST API stage cache keeps each response for 24 hours by default, like CloudFront.',
        why: '24 hours is the default TTL of a CloudFront cache behavior; a REST API stage cache defaults to 300 seconds.',
        figure: { kind: 'exact', n: 24, unit: 'h' },
      },
    ],
  },
  {
    id: 'api-gateway.cache-invalidate',
    kind: 'rule',
    topic: 'api-gateway',
    part: 'Caching',
    statement:
      'A client can make API Gateway refresh a cached entry by sending a Cache-Control header with max-age set to 0, and the stage can require execute-api:InvalidateCache for it.',
    why: 'API Gateway then calls the integration for that request and replaces the entry; requiring the InvalidateCache permission stops just any caller from bypassing the cache and loading the backend.',
    takeaway:
      'To bypass a REST API cache for one request, send Cache-Control with max-age set to 0, and require execute-api:InvalidateCache so that only trusted callers can do it.',
    ask: 'A REST API caches product prices for 10 minutes, and an admin tool must fetch fresh data right after a price change. How can the tool bypass the cached entry for its request?',
    docs: cachingPage,
    exams: dva,
    domains: ['dva-1', 'dva-2'],
    misconceptions: [
      {
        text: 'A client can make API Gateway refresh a cached entry by adding a nocache parameter set to true to the query string, which every stage cache honours without any further setting.',
        why: 'Query string parameters are cache keys only when configured, and nocache means nothing to API Gateway; the documented way is Cache-Control with max-age set to 0.',
      },
      {
        text: 'A client can never refresh a single cached entry, and only flushing the whole stage cache from the console or the API makes API Gateway call the integration again for it.',
        why: 'Flushing works too, but a client can refresh its own request’s entry with Cache-Control and max-age set to 0.',
      },
      {
        text: 'A client can make API Gateway refresh a cached entry by sending a Pragma header set to no-cache, and API Gateway never lets a stage require a permission for that request.',
        why: 'API Gateway honours Cache-Control with max-age set to 0, not Pragma, and a stage can require execute-api:InvalidateCache for it.',
      },
    ],
  },
  {
    id: 'api-gateway.account-throttle',
    kind: 'limit',
    topic: 'api-gateway',
    part: 'Throttling and usage plans',
    subject:
      'default request rate that API Gateway allows across all APIs of an account in a Region',
    value: { kind: 'exact', n: 10000, unit: 'req/s' },
    statement:
      'By default, API Gateway allows 10,000 requests per second across all the APIs of an account in a Region.',
    why: 'A token bucket shared by the account’s REST, HTTP and WebSocket APIs in the Region enforces the quota, with a burst of up to 5,000 requests, and requests beyond it get 429 Too Many Requests; some newer Regions start at 2,500 requests per second, and the quota can be raised.',
    takeaway:
      'API Gateway throttles at the account level first (10,000 requests per second by default), then by stage, method and usage plan, answering 429.',
    ask: 'A company runs several REST and HTTP APIs in one Region of one account. What request rate does API Gateway allow across all of them by default before it throttles?',
    docs: accountQuotas,
    exams: dva,
    domains: ['dva-4'],
    misconceptions: [
      {
        text: 'By default, API Gateway allows 1,000 requests per second across all the APIs of an account in a Region.',
        why: '1,000 is Lambda’s default concurrency quota; API Gateway’s default throttle is 10,000 requests per second.',
        figure: { kind: 'exact', n: 1000, unit: 'req/s' },
      },
      {
        text: 'By default, API Gateway allows 5,000 requests per second across all the APIs of an account in a Region.',
        why: '5,000 is the burst capacity; the steady-state rate is 10,000 requests per second.',
        figure: { kind: 'exact', n: 5000, unit: 'req/s' },
      },
      {
        text: 'By default, API Gateway allows 100,000 requests per second across all the APIs of an account in a Region.',
        why: 'The default is 10,000 requests per second; going higher takes a quota increase.',
        figure: { kind: 'exact', n: 100000, unit: 'req/s' },
      },
    ],
  },
  {
    id: 'api-gateway.usage-plans',
    kind: 'rule',
    topic: 'api-gateway',
    part: 'Throttling and usage plans',
    statement:
      'A usage plan identifies each client of a REST API by its API key and applies that key’s own rate, burst and request quota, answering 429 when the client goes over.',
    why: 'Each API key is associated with a usage plan that lists API stages, a throttle and a quota per day, week or month; methods that require an API key then check the x-api-key header and count each request against the key.',
    takeaway:
      'Per-customer quotas and rate limits on an API mean REST API usage plans with API keys.',
    ask: 'A company sells access to a REST API in three tiers, each with its own monthly request allowance and rate limit per customer. Which API Gateway feature provides this?',
    docs: usagePlans,
    exams: bothExams,
    domains: ['dva-1', 'sap-2'],
    misconceptions: [
      {
        text: 'A stage throttle identifies each client of a REST API by its IP address and applies the same rate, burst and monthly request quota to every client, answering 429 when one goes over.',
        why: 'Stage and method throttles are shared by all callers and have no quotas; limits per client come from usage plans keyed by API keys.',
      },
      {
        text: 'A Lambda authorizer identifies each client of a REST API by its token and enforces that client’s own monthly request quota with its cached policy, answering 403 when it goes over.',
        why: 'An authorizer allows or denies a call and counts nothing; quotas are counted by usage plans, for which an authorizer can at most supply the API key.',
      },
      {
        text: 'Reserved concurrency identifies each client of a REST API by its caller identity and applies that client’s own rate and request quota on the function, answering 429 when it goes over.',
        why: 'Reserved concurrency caps the whole function for every caller at once; it knows nothing of clients or quotas.',
      },
    ],
  },
  {
    id: 'api-gateway.api-keys-not-auth',
    kind: 'rule',
    topic: 'api-gateway',
    part: 'Throttling and usage plans',
    statement:
      'API keys identify clients for usage plans and are not meant for authentication or authorization, which belong to IAM, a Lambda authorizer or a Cognito user pool.',
    why: 'An API key is a static string that the client sends in a header, and anyone who holds it can call every API in its usage plan, so AWS advises against relying on it as the only access control.',
    takeaway:
      'Use API keys to meter and throttle clients; protect the API with IAM, a Cognito user pool authorizer or a Lambda authorizer.',
    ask: 'A developer plans to protect a REST API only by giving each partner an API key and requiring the key on every method. What does AWS advise?',
    docs: usagePlans,
    exams: dva,
    domains: ['dva-2'],
    misconceptions: [
      {
        text: 'API keys are the recommended way to authenticate callers of a REST API, because API Gateway ties each key to the IAM identity of the partner that it was issued to.',
        why: 'A key is a shared string tied to no identity; AWS recommends IAM, Lambda authorizers or Cognito user pools for access control.',
      },
      {
        text: 'API keys are safe as the only access control once they are rotated every day, because API Gateway rejects any key that is older than 24 hours.',
        why: 'API Gateway does not expire keys by age, and a key identifies a client rather than authenticating it.',
      },
      {
        text: 'API keys identify clients for usage plans, and each key can call only the one method that it was created for, which makes it a safe way to authorize each caller.',
        why: 'A key reaches every API stage in its usage plan, which is exactly why it should not be the only control.',
      },
    ],
  },
  {
    id: 'api-gateway.waf-targets',
    kind: 'rule',
    topic: 'api-gateway',
    part: 'Authorizers and protection',
    statement:
      'AWS WAF can be associated with an API Gateway REST API or an Application Load Balancer, but not directly with an HTTP API or a Lambda function URL.',
    why: 'A regional web ACL protects only the resource types that AWS WAF supports, among them REST APIs and Application Load Balancers; an HTTP API or a function URL is covered only behind a CloudFront distribution that carries the web ACL.',
    takeaway:
      'A web ACL directly in front of a Lambda API means a REST API or an Application Load Balancer.',
    ask: 'A security team requires an AWS WAF web ACL in front of every public endpoint that invokes Lambda functions. Which front doors can the web ACL be associated with directly?',
    docs: wafResources,
    exams: bothExams,
    domains: ['dva-2', 'sap-2'],
    misconceptions: [
      {
        text: 'AWS WAF can be associated with any API Gateway API, REST or HTTP alike, but not directly with an Application Load Balancer or a Lambda function URL.',
        why: 'Application Load Balancers are a supported resource type, and HTTP APIs are not.',
      },
      {
        text: 'AWS WAF can be associated directly with a Lambda function URL, but not with an API Gateway API, which relies on its own throttling to block attacks instead.',
        why: 'REST APIs are a supported resource type; function URLs are not.',
      },
      {
        text: 'AWS WAF can be associated with an HTTP API or a Lambda function URL, but not directly with a REST API, which relies on resource policies to block attacks instead.',
        why: 'It is the other way round: REST APIs can carry a web ACL, HTTP APIs and function URLs cannot.',
      },
    ],
  },
] as const satisfies readonly Fact[];

const access = [
  {
    id: 'api-gateway.authorizer-types',
    kind: 'rule',
    topic: 'api-gateway',
    part: 'Authorizers and protection',
    statement:
      'A TOKEN authorizer receives a single bearer token from a request header, while a REQUEST authorizer receives headers, query strings, stage variables and context variables.',
    why: 'API Gateway passes a TOKEN authorizer the token as authorizationToken together with the method ARN, and passes a REQUEST authorizer the request parameters named as its identity sources, so decisions on several values need the REQUEST type.',
    takeaway:
      'One bearer token: a TOKEN authorizer. Several headers, query strings or stage variables: a REQUEST authorizer.',
    ask: 'A REST API must authorize each call based on both a tenant header and a query string parameter. Which kind of Lambda authorizer receives both values?',
    docs: authorizerInput,
    exams: dva,
    domains: ['dva-2'],
    misconceptions: [
      {
        text: 'A REQUEST authorizer receives a single bearer token from a request header, while a TOKEN authorizer receives headers, query strings, stage variables and context variables.',
        why: 'It is the other way round: TOKEN gets one token, REQUEST gets the request parameters.',
      },
      {
        text: 'A TOKEN authorizer receives the whole request including its body, while a REQUEST authorizer receives only the query string parameters and the stage variables.',
        why: 'Neither type receives the request body; a TOKEN authorizer gets one header value, and a REQUEST authorizer gets headers too.',
      },
      {
        text: 'A TOKEN authorizer and a REQUEST authorizer both receive only the Authorization header, and they differ only in whether API Gateway caches their results.',
        why: 'They differ in what they receive, and both can have their results cached.',
      },
    ],
  },
  {
    id: 'api-gateway.authorizer-output',
    kind: 'rule',
    topic: 'api-gateway',
    part: 'Authorizers and protection',
    statement:
      'A REST API Lambda authorizer returns a principal ID and an IAM policy that allows or denies execute-api:Invoke, and it can add a context map that the backend receives.',
    why: 'API Gateway evaluates the returned policy against the method ARN: an Allow runs the method, and a Deny returns 403; the context values reach the integration in the request context.',
    takeaway:
      'A REST API authorizer answers with a policy, not a yes or no: principalId, policyDocument and optionally context.',
    ask: 'What must a Lambda authorizer for a REST API return for API Gateway to let a request through to the function?',
    docs: lambdaAuthorizers,
    exams: dva,
    domains: ['dva-2'],
    misconceptions: [
      {
        text: 'A REST API Lambda authorizer returns only a Boolean isAuthorized value, and API Gateway runs the method whenever that value is true and returns 403 Forbidden otherwise.',
        why: 'That simple response format exists only for HTTP API authorizers; a REST API authorizer must return a principal ID and an IAM policy.',
      },
      {
        text: 'A REST API Lambda authorizer returns an HTTP status code and a body, which API Gateway then sends to the client in place of the response from the backend function.',
        why: 'The authorizer returns a policy, and API Gateway decides from it whether to run the method; it does not answer for the backend.',
      },
      {
        text: 'A REST API Lambda authorizer returns temporary IAM credentials for the caller, which API Gateway then uses to sign its own request to the backend function for the caller.',
        why: 'Exchanging tokens for credentials is what a Cognito identity pool does; an authorizer returns a principal ID and a policy.',
      },
    ],
  },
  {
    id: 'api-gateway.authorizer-cache',
    kind: 'rule',
    topic: 'api-gateway',
    part: 'Authorizers and protection',
    statement:
      'API Gateway caches a Lambda authorizer’s policy by the identity source for the authorizer’s TTL, so repeated calls with the same token skip the authorizer function.',
    why: 'The cache key is the identity source, such as the token; the result TTL is 300 seconds unless changed, at most 3,600 seconds, and 0 turns caching off.',
    takeaway:
      'Authorizer results are cached per token for 300 seconds by default; set the TTL to 0 when every call must be checked again.',
    ask: 'A REST API uses a TOKEN authorizer, and logs show the authorizer function running only once for many calls that carry the same token within a few minutes. Why?',
    docs: authorizerApi,
    exams: dva,
    domains: ['dva-2', 'dva-4'],
    misconceptions: [
      {
        text: 'API Gateway never caches a Lambda authorizer’s result, so the authorizer function runs again on every call and must be kept fast to hold the API’s latency down.',
        why: 'Authorizer results are cached by identity source, for 300 seconds unless the TTL is changed.',
      },
      {
        text: 'API Gateway caches a Lambda authorizer’s policy for the whole stage, so the first caller’s decision applies to every other caller until the stage cache is flushed.',
        why: 'The cache key is the identity source, so each token gets its own cached policy.',
      },
      {
        text: 'API Gateway caches the backend function’s response for each token, so repeated calls with the same token skip both the authorizer function and the backend function.',
        why: 'Authorizer caching stores only the policy; the integration still runs unless the stage cache serves the response.',
      },
    ],
  },
  {
    id: 'api-gateway.cognito-authorizer',
    kind: 'rule',
    topic: 'api-gateway',
    part: 'Authorizers and protection',
    statement:
      'A Cognito user pool authorizer makes API Gateway validate the ID or access token in the request before the function runs, with no authorizer code to write.',
    why: 'The client signs in to the user pool and sends a token, usually in the Authorization header; API Gateway checks it against the pool and rejects the call when the token is missing or invalid. An HTTP API does the same with a JWT authorizer whose issuer is the user pool.',
    takeaway:
      'Users in a Cognito user pool: a Cognito authorizer on a REST API or a JWT authorizer on an HTTP API, instead of a custom Lambda authorizer.',
    ask: 'Mobile users sign in to an Amazon Cognito user pool, and a REST API must reject requests without a valid token before any function runs. What takes the least custom code?',
    docs: cognitoAuthorizer,
    exams: bothExams,
    domains: ['dva-2', 'sap-2'],
    misconceptions: [
      {
        text: 'A Cognito user pool authorizer is a Lambda function whose code the team writes to decode and verify each token, and API Gateway invokes it before the backend function runs.',
        why: 'That describes a Lambda authorizer; the Cognito user pool authorizer is built into API Gateway.',
      },
      {
        text: 'A Cognito user pool authorizer requires callers to sign each request with Signature Version 4 using credentials from the user pool, and API Gateway checks the signature.',
        why: 'Signing with SigV4 is IAM authorization; a user pool authorizer checks a token from the pool.',
      },
      {
        text: 'A Cognito user pool authorizer checks only the API key that Cognito issues to each signed-in user, and API Gateway counts every request against that user’s usage plan.',
        why: 'Cognito issues tokens, not API keys, and the authorizer validates those tokens.',
      },
    ],
  },
  {
    id: 'api-gateway.request-validation',
    kind: 'rule',
    topic: 'api-gateway',
    part: 'Authorizers and protection',
    statement:
      'A REST API can validate required parameters and the request body against a JSON schema model, and it rejects an invalid request with 400 without invoking the function.',
    why: 'A request validator on the method checks the method request before the integration runs, so malformed calls never cost a Lambda invocation; HTTP APIs offer no request validation.',
    takeaway: 'Schema checks before the function runs: a REST API request validator with a model.',
    ask: 'A REST API’s function spends time rejecting requests whose JSON body lacks required fields. How can API Gateway reject them before the function runs?',
    docs: requestValidation,
    exams: dva,
    domains: ['dva-1'],
    misconceptions: [
      {
        text: 'A REST API can validate requests only through a Lambda authorizer, which checks the body against the JSON schema model and returns a Deny policy for each invalid request.',
        why: 'Authorizers never see the request body; a request validator checks it without any code.',
      },
      {
        text: 'A REST API can validate the request body against a JSON schema model, but it still invokes the function and only adds the list of validation errors to the event.',
        why: 'A failed validation ends the request with 400; the integration is not called.',
      },
      {
        text: 'An HTTP API can validate required parameters and the request body against a JSON schema model, and it is the only API type that rejects invalid requests with 400.',
        why: 'Request validation is a REST API feature; HTTP APIs have none.',
      },
    ],
  },
] as const satisfies readonly Fact[];

const choice = [
  {
    id: 'api-gateway.http-vs-rest',
    kind: 'rule',
    topic: 'api-gateway',
    part: 'Choosing a front door',
    statement:
      'HTTP APIs cost less than REST APIs, but they offer no API keys, usage plans, request validation, caching, AWS WAF integration or private endpoints.',
    why: 'AWS designed HTTP APIs with minimal features so that they can be offered at a lower price; they keep Lambda proxy integrations, JWT and Lambda authorizers, CORS configuration and automatic deployments.',
    takeaway:
      'Choose an HTTP API when price matters and none of the REST-only features is needed; any of API keys, validation, caching, WAF or a private endpoint means a REST API.',
    ask: 'A team must choose between an HTTP API and a REST API for a new Lambda backend. What does an HTTP API give up for its lower price?',
    docs: httpVsRest,
    exams: bothExams,
    domains: ['dva-1', 'sap-2'],
    misconceptions: [
      {
        text: 'HTTP APIs cost more than REST APIs, because they add the API keys, usage plans, request validation, caching and AWS WAF integration that REST APIs lack.',
        why: 'It is the other way round: REST APIs have those features, and HTTP APIs are cheaper without them.',
      },
      {
        text: 'HTTP APIs cost the same as REST APIs and offer the same features, and the choice between them changes only the format of the event that the function receives.',
        why: 'HTTP APIs are priced lower and lack several REST API features.',
      },
      {
        text: 'HTTP APIs cost less than REST APIs, but they offer no Lambda integrations, no authorizers and no CORS support, so they suit backends on plain HTTP endpoints only.',
        why: 'HTTP APIs do have Lambda proxy integrations, JWT and Lambda authorizers and built-in CORS configuration.',
      },
    ],
  },
  {
    id: 'api-gateway.http-api-timeout',
    kind: 'limit',
    topic: 'api-gateway',
    part: 'Choosing a front door',
    subject: 'maximum integration timeout of an HTTP API',
    value: { kind: 'exact', n: 30, unit: 's' },
    statement:
      'An HTTP API waits at most 30 seconds for its integration, and this quota can’t be increased.',
    why: 'The HTTP API quotas list a maximum integration timeout of 30 seconds that cannot be raised; a request still running then gets a 504 error, while the function may go on running.',
    takeaway:
      'HTTP API: 30 seconds at most, no increase. Longer requests need a Regional REST API with a raised timeout, streaming, or an asynchronous design.',
    ask: 'A team is choosing between an HTTP API and a REST API for a function that sometimes needs more time. What is the longest an HTTP API waits for its Lambda integration?',
    docs: httpQuotas,
    exams: dva,
    domains: ['dva-1'],
    misconceptions: [
      {
        text: 'An HTTP API waits at most 29 seconds for its integration, the same as the default of a REST API.',
        why: '29 seconds is the REST API default; the HTTP API maximum is 30 seconds.',
        figure: { kind: 'exact', n: 29, unit: 's' },
      },
      {
        text: 'An HTTP API waits up to 15 minutes for its integration, as long as the function’s own maximum timeout.',
        why: '15 minutes is the Lambda function maximum; an HTTP API gives up after 30 seconds.',
        figure: { kind: 'exact', n: 15, unit: 'min' },
      },
      {
        text: 'An HTTP API waits at most 10 seconds for its integration, and this quota can’t be increased.',
        why: '10 seconds is the HTTP API timeout for a Lambda authorizer’s response, not for the integration.',
        figure: { kind: 'exact', n: 10, unit: 's' },
      },
    ],
  },
  {
    id: 'api-gateway.alb-response-size',
    kind: 'limit',
    topic: 'api-gateway',
    part: 'Choosing a front door',
    subject:
      'maximum response JSON that a Lambda target can return to an Application Load Balancer',
    value: { kind: 'exact', n: 1, unit: 'MB' },
    statement:
      'A Lambda function behind an Application Load Balancer can return at most 1 MB of response JSON.',
    why: 'The load balancer invokes the function directly with the request as JSON and reads its JSON response, and both the request body and the response are capped at 1 MB for Lambda targets, well below the 6 MB that a synchronous invocation allows.',
    takeaway:
      'An ALB in front of Lambda carries at most 1 MB each way; larger responses need API Gateway or a function URL.',
    ask: 'A function registered as the target of an Application Load Balancer must sometimes return large JSON reports. What is the largest response it can send through the load balancer?',
    docs: albLambda,
    exams: dva,
    domains: ['dva-1'],
    misconceptions: [
      {
        text: 'A Lambda function behind an Application Load Balancer can return up to 6 MB of response JSON, like any synchronous invocation.',
        why: '6 MB is Lambda’s synchronous payload limit; a Lambda target of a load balancer is capped at 1 MB.',
        figure: { kind: 'exact', n: 6, unit: 'MB' },
      },
      {
        text: 'A Lambda function behind an Application Load Balancer can return up to 10 MB of response JSON, like an API Gateway payload.',
        why: '10 MB is the API Gateway payload limit; a Lambda target of a load balancer is capped at 1 MB.',
        figure: { kind: 'exact', n: 10, unit: 'MB' },
      },
      {
        text: 'A Lambda function behind an Application Load Balancer can return up to 2 MB of response JSON, twice its request body limit.',
        why: 'The request body and the response JSON share the same cap of 1 MB.',
        figure: { kind: 'exact', n: 2, unit: 'MB' },
      },
    ],
  },
] as const satisfies readonly Fact[];

export const apiGatewayFacts = [
  ...integration,
  ...protection,
  ...access,
  ...choice,
] as const satisfies readonly Fact[];

export const frontDoorTable = {
  id: 'api-gateway.front-doors',
  topic: 'api-gateway',
  title: 'REST API, HTTP API, function URL or ALB',
  docs: httpInvokeChoice,
  exams: bothExams,
  domains: ['dva-1', 'sap-2'],
  subject: { one: 'front door', many: 'front doors' },
  nameLabel: 'Front door',
  columns: [
    {
      key: 'authentication',
      label: 'Checks before the function runs',
      ask: 'How can the {row} check callers before the function runs?',
      which: 'Which front door checks callers this way: {value}?',
      distractors: [
        {
          text: 'An API key on every request, with no other way to check callers',
          why: 'API keys identify clients for usage plans and are not an authentication mechanism, so AWS never offers them as the only way to check callers.',
        },
        {
          text: 'Client certificates only, issued to each caller by AWS Certificate Manager',
          why: 'Mutual TLS is an option of API Gateway custom domains and load balancers, never the only check, and AWS Certificate Manager does not issue client certificates to callers.',
        },
      ],
    },
    {
      key: 'clientLimits',
      label: 'Limits per client',
      ask: 'How can the {row} limit the requests of each client?',
      which: 'Which front door limits clients this way: {value}?',
      distractors: [
        {
          text: 'A monthly quota per AWS account of each caller, enforced through IAM',
          why: 'IAM grants or denies access and counts no requests; quotas per client come from REST API usage plans.',
        },
        {
          text: 'A request quota per client that Lambda keeps for each function, set with its reserved concurrency',
          why: 'Reserved concurrency caps the whole function for every caller at once; Lambda keeps no quota per client.',
        },
      ],
    },
    {
      key: 'caching',
      label: 'Response cache',
      ask: 'How can the {row} cache the function’s responses?',
      which: 'Which front door caches responses this way: {value}?',
      distractors: [
        {
          text: 'A cache at every edge location, turned on by default for GET requests',
          why: 'Caching at edge locations is a feature of CloudFront distributions, which must be created and placed in front of an endpoint; no such cache is turned on by default.',
        },
        {
          text: 'A cache per route that is switched on by default, with a time to live of up to 24 hours',
          why: 'Response caching is never on by default: a REST API stage cache must be enabled per stage and keeps entries for at most 3,600 seconds, not 24 hours.',
        },
      ],
    },
    {
      key: 'streaming',
      label: 'Response streaming',
      ask: 'Can the {row} send the function’s output to the caller as it is produced?',
      which: 'Which front door streams responses this way: {value}?',
      distractors: [
        {
          text: 'Yes, but only over WebSocket connections that the client opens first',
          why: 'Lambda response streaming works over ordinary HTTP responses, with no WebSocket connection; WebSocket APIs are a separate API Gateway API type.',
        },
        {
          text: 'Yes, for every function, as soon as the function code writes to a stream',
          why: 'Streaming is never automatic: it takes a REST API proxy integration in STREAM mode or a function URL in RESPONSE_STREAM mode.',
        },
      ],
    },
  ],
  rows: [
    {
      id: 'rest-api',
      name: 'REST API in API Gateway',
      cells: {
        authentication: {
          text: 'IAM, Amazon Cognito user pool authorizers or Lambda authorizers',
          means: ['rest-authorizers'],
          why: 'REST APIs support IAM authorization, authorizers of the COGNITO_USER_POOLS type, and TOKEN or REQUEST Lambda authorizers.',
          docs: httpVsRest,
        },
        clientLimits: {
          text: 'Usage plans with API keys, each key with its own rate, burst and quota',
          means: ['usage-plans'],
          why: 'Usage plans are a REST API feature: each API key gets a throttle and a quota per day, week or month.',
          docs: usagePlans,
        },
        caching: {
          text: 'A stage cache that is enabled per stage, with a time to live of up to 3,600 seconds',
          means: ['stage-cache'],
          why: 'A REST API stage can get a cache instance, billed per hour, that serves GET responses for 300 seconds by default and 3,600 at most.',
          docs: cachingPage,
        },
        streaming: {
          text: 'Yes, with a proxy integration whose response transfer mode is STREAM',
          means: ['stream-mode'],
          why: 'REST API proxy integrations can stream the function’s response, for up to 15 minutes, when their response transfer mode is STREAM.',
          docs: responseStreaming,
        },
      },
    },
    {
      id: 'http-api',
      name: 'HTTP API in API Gateway',
      cells: {
        authentication: {
          text: 'IAM, JWT authorizers such as Amazon Cognito, or Lambda authorizers',
          means: ['http-authorizers'],
          why: 'HTTP APIs support IAM, JWT authorizers, for which Amazon Cognito can be the issuer, and Lambda authorizers.',
          docs: httpVsRest,
        },
        clientLimits: {
          text: 'Throttling per stage and per route, shared by every caller, with no quotas',
          means: ['route-throttling'],
          why: 'HTTP APIs throttle at the account, stage and route levels; they have no API keys or usage plans for limits per client.',
          docs: httpThrottling,
        },
        caching: {
          text: 'None: each request is answered anew, with no cache',
          means: ['no-cache'],
          why: 'An HTTP API has no response cache, so every request reaches the function; API caching is a REST API feature.',
          docs: httpVsRest,
        },
        streaming: {
          text: 'No: the whole response is returned at once, when the invocation ends',
          means: ['no-stream'],
          why: 'An HTTP API has no response streaming: it returns the function’s whole response once the function has finished.',
          docs: responseStreaming,
        },
      },
    },
    {
      id: 'function-url',
      name: 'Lambda function URL',
      cells: {
        authentication: {
          text: 'IAM with the AWS_IAM auth type, or nothing at all with NONE',
          means: ['iam-or-none'],
          why: 'A function URL offers only two auth types; any other check, such as a token, must be written in the function.',
          docs: urlAuth,
        },
        clientLimits: {
          text: 'Nothing per caller: reserved concurrency caps all callers together',
          means: ['reserved-concurrency'],
          why: 'A function URL has no throttling of its own; reserved concurrency limits how many requests the function serves at once, for all callers together.',
          docs: reservedConcurrency,
        },
        caching: {
          text: 'None: each request is answered anew, with no cache',
          means: ['no-cache'],
          why: 'A function URL invokes the function for every request and keeps no cache.',
          docs: httpInvokeChoice,
        },
        streaming: {
          text: 'Yes, when the URL’s invoke mode is RESPONSE_STREAM',
          means: ['response-stream-mode'],
          why: 'With RESPONSE_STREAM, Lambda invokes the function with InvokeWithResponseStream and sends the payload as it becomes available.',
          docs: urlStreaming,
        },
      },
    },
    {
      id: 'alb',
      name: 'Application Load Balancer',
      cells: {
        authentication: {
          text: 'Listener rules that sign users in through Cognito or OIDC, or verify JWTs',
          means: ['listener-auth'],
          why: 'An Application Load Balancer’s HTTPS listener can authenticate users through Amazon Cognito or an OIDC provider, and it can verify JSON Web Tokens for service-to-service calls.',
          docs: albJwt,
        },
        clientLimits: {
          text: 'Nothing of its own: an AWS WAF rate-based rule can block busy IP addresses',
          means: ['waf-rate-rule'],
          why: 'An Application Load Balancer counts no requests per client, but an AWS WAF web ACL on it can block addresses that exceed a rate-based rule.',
          docs: wafRateRules,
        },
        caching: {
          text: 'None: each request is answered anew, with no cache',
          means: ['no-cache'],
          why: 'An Application Load Balancer forwards every request to the target group and caches nothing.',
          docs: albLambda,
        },
        streaming: {
          text: 'No: a Lambda target returns at most 1 MB of JSON, passed on whole',
          means: ['no-stream-1mb'],
          why: 'An Application Load Balancer invokes the function and reads its complete JSON response, capped at 1 MB for Lambda targets, before it answers the client.',
          docs: albLambda,
        },
      },
    },
  ],
} as const satisfies AttributeTable;

export const apiGatewayTopic = {
  id: 'api-gateway',
  title: 'HTTP front doors: API Gateway, function URLs, ALB',
  summary:
    'Proxy integrations, timeouts, stages and aliases, caching, throttling and usage plans, authorizers, CORS, streaming, and when to use a function URL or an ALB.',
  section: '1. Lambda Triggers (Event Sources)',
  intro: [
    'An HTTP client can reach a Lambda function through four front doors. An API Gateway REST API has the most features, an HTTP API is cheaper with fewer features, a function URL is a built-in HTTPS endpoint of the function itself, and an Application Load Balancer can route requests to functions alongside servers and containers. All of them invoke the function synchronously and wait for its answer.',
    'Most APIs use a Lambda proxy integration: the function receives the whole request as its event and returns an object with statusCode, headers and a string body; anything else ends in 502 Bad Gateway. The function also returns the CORS headers itself. A REST API waits 29 seconds by default, which a Regional or private REST API can raise, while an HTTP API stops at 30 seconds. Stage variables let each stage call a different alias.',
    'REST APIs carry the management features: a stage cache, request validation, usage plans with API keys for per-client quotas, AWS WAF, private endpoints and response streaming. Callers are checked before the function runs by IAM, a Cognito user pool authorizer or a Lambda authorizer of the TOKEN or REQUEST type, whose results API Gateway caches. API keys meter clients; they do not authenticate them.',
    'When none of those features is needed, a function URL is the simplest and cheapest door, with AWS_IAM or NONE as its only auth types; an HTTP API adds JWT authorizers, routes and custom domains at a lower price than a REST API.',
  ],
  tables: [frontDoorTable],
  facts: apiGatewayFacts,
  sets: [],
  checklist: [],
  tips: [],
  decisions: [apiFrontDoor],
  beyondSeed: true,
} as const satisfies Topic;
