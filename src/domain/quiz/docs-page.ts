/** Short readable names for AWS documentation pages. */

const guides: Readonly<Record<string, string>> = {
  lambda: 'Lambda',
  AmazonCloudFront: 'CloudFront',
  AWSSimpleQueueService: 'SQS',
  AWSCloudFormation: 'CloudFormation',
  'serverless-application-model': 'SAM',
  'step-functions': 'Step Functions',
  'aws-managed-policy': 'Managed policies',
  apigateway: 'API Gateway',
  vpc: 'VPC',
  AmazonRDS: 'RDS',
  secretsmanager: 'Secrets Manager',
  'systems-manager': 'Systems Manager',
  xray: 'X-Ray',
  AmazonCloudWatch: 'CloudWatch',
  codedeploy: 'CodeDeploy',
  eventbridge: 'EventBridge',
  sns: 'SNS',
  streams: 'Kinesis',
  amazondynamodb: 'DynamoDB',
  IAM: 'IAM',
  kms: 'KMS',
};

/**
 * "Lambda docs: services-sqs-parameters" for a docs.aws.amazon.com page.
 * @returns the URL itself for any other address
 */
export function describeDocsPage(url: string): string {
  const match = /docs\.aws\.amazon\.com\/([^/]+)\/(?:.*\/)?([^/#]+?)(?:\.html)?(?:#.*)?$/.exec(url);
  if (!match?.[1] || !match[2]) return url;
  return `${guides[match[1]] ?? match[1]} docs: ${match[2]}`;
}
