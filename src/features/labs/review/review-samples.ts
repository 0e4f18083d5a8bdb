/** Small templates a learner can start from; each shows a different part of the checklist. */

export type ReviewSample = Readonly<{
  id: string;
  title: string;
  description: string;
  text: string;
}>;

const orderWorker = `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: An order worker reading an SQS queue.

Globals:
  Function:
    Runtime: nodejs22.x
    Handler: index.handler
    CodeUri: src/
    Timeout: 120

Resources:
  OrderQueue:
    Type: AWS::SQS::Queue
    Properties:
      VisibilityTimeout: 60

  OrderWorker:
    Type: AWS::Serverless::Function
    Properties:
      Events:
        Orders:
          Type: SQS
          Properties:
            Queue: !GetAtt OrderQueue.Arn
            BatchSize: 10
`;

const javaApi = `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: A Java function behind an HTTP API.

Resources:
  QuoteFunction:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: java21
      Handler: quotes.Handler::handleRequest
      CodeUri: build/quotes.jar
      MemorySize: 1024
      Timeout: 20
      Events:
        GetQuote:
          Type: HttpApi
          Properties:
            Path: /quotes/{id}
            Method: GET
`;

const kinesisJson = `{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "A Kinesis consumer in plain CloudFormation.",
  "Resources": {
    "ClickStream": {
      "Type": "AWS::Kinesis::Stream",
      "Properties": { "ShardCount": 2 }
    },
    "ClickRole": {
      "Type": "AWS::IAM::Role",
      "Properties": {
        "AssumeRolePolicyDocument": {
          "Version": "2012-10-17",
          "Statement": [{ "Effect": "Allow", "Principal": { "Service": "lambda.amazonaws.com" }, "Action": "sts:AssumeRole" }]
        },
        "ManagedPolicyArns": ["arn:aws:iam::aws:policy/service-role/AWSLambdaKinesisExecutionRole"]
      }
    },
    "ClickCounter": {
      "Type": "AWS::Lambda::Function",
      "Properties": {
        "Runtime": "python3.13",
        "Handler": "app.handler",
        "Role": { "Fn::GetAtt": ["ClickRole", "Arn"] },
        "Code": { "S3Bucket": "my-artifacts", "S3Key": "clicks.zip" },
        "Timeout": 30
      }
    },
    "ClickMapping": {
      "Type": "AWS::Lambda::EventSourceMapping",
      "Properties": {
        "EventSourceArn": { "Fn::GetAtt": ["ClickStream", "Arn"] },
        "FunctionName": { "Ref": "ClickCounter" },
        "StartingPosition": "LATEST",
        "BatchSize": 100
      }
    }
  }
}
`;

const asyncNotifier = `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: A function invoked by S3 and EventBridge, with a value from another stack.

Resources:
  UploadBucket:
    Type: AWS::S3::Bucket

  ThumbnailFunction:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: thumbs.handler
      CodeUri: src/
      Timeout: !ImportValue shared-thumbnail-timeout
      ReservedConcurrentExecutions: 0
      Events:
        Uploaded:
          Type: S3
          Properties:
            Bucket: !Ref UploadBucket
            Events: s3:ObjectCreated:*
        Nightly:
          Type: Schedule
          Properties:
            Schedule: rate(1 day)
`;

const cleanWorker = `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: An SQS consumer that follows the checklist.

Resources:
  InvoiceDlq:
    Type: AWS::SQS::Queue

  InvoiceQueue:
    Type: AWS::SQS::Queue
    Properties:
      VisibilityTimeout: 180
      RedrivePolicy:
        deadLetterTargetArn: !GetAtt InvoiceDlq.Arn
        maxReceiveCount: 5

  InvoiceWorker:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs22.x
      Handler: index.handler
      CodeUri: src/
      Timeout: 30
      Events:
        Invoices:
          Type: SQS
          Properties:
            Queue: !GetAtt InvoiceQueue.Arn
            BatchSize: 10
            FunctionResponseTypes:
              - ReportBatchItemFailures
`;

export const REVIEW_SAMPLES = [
  {
    id: 'sqs-worker',
    title: 'SQS worker (SAM, YAML)',
    description: 'A 120 s function reading a queue whose visibility timeout is 60 s, with no DLQ.',
    text: orderWorker,
  },
  {
    id: 'java-api',
    title: 'Java HTTP API (SAM, YAML)',
    description: 'A user-facing Java function with no cold-start mitigation.',
    text: javaApi,
  },
  {
    id: 'kinesis-json',
    title: 'Kinesis consumer (CloudFormation, JSON)',
    description: 'A plain event source mapping with every stream setting left at its default.',
    text: kinesisJson,
  },
  {
    id: 'async-imports',
    title: 'S3 and schedule triggers (SAM, YAML)',
    description:
      'Asynchronous triggers, reserved concurrency 0 and a timeout imported from another stack.',
    text: asyncNotifier,
  },
  {
    id: 'clean-worker',
    title: 'A clean SQS worker (SAM, YAML)',
    description:
      'Visibility timeout at 6 × the function timeout, a DLQ and ReportBatchItemFailures.',
    text: cleanWorker,
  },
] as const satisfies readonly ReviewSample[];
