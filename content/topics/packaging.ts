/**
 * Packaging function code: the layout of a .zip deployment package and the errors a wrong one
 * gives, container images and their base images, and the SAM and CloudFormation commands that
 * build and upload the artifacts. Layers are taught in `layers.ts`, size limits in `limits.ts`.
 */
import { packagingChoices } from '../decisions/packaging-choices';
import type { Fact, FactSet, Topic } from '../schema';
import { cite, docsBase, lambdaGuide, samGuide } from './authoring';

const pythonPackage = cite(`${lambdaGuide}python-package.html`);
const nodePackage = cite(`${lambdaGuide}nodejs-package.html`);
const deploymentTroubleshooting = cite(`${lambdaGuide}troubleshooting-deployment.html`);
const imagesPage = cite(`${lambdaGuide}images-create.html`);
const imagesTestPage = cite(`${lambdaGuide}images-test.html`);
const samBuild = cite(`${samGuide}sam-cli-command-reference-sam-build.html`);
const samPackage = cite(`${samGuide}sam-cli-command-reference-sam-package.html`);
const samUpload = cite(`${samGuide}deploy-upload-local-files.html`);
const cfnPackage = cite(`${docsBase}cli/latest/reference/cloudformation/package.html`);
const dvaOnly = ['DVA-C02'] as const;
const deployment = ['dva-3'] as const;

export const packagingSets = [
  {
    id: 'packaging.upload-commands',
    topic: 'packaging',
    title: 'Commands that upload local code for CloudFormation',
    ask: 'A SAM template points CodeUri at a local folder. Which of these commands uploads that code to Amazon S3 and writes a template that points at the uploaded object?',
    askMany:
      'A SAM template points CodeUri at a local folder. Which of these commands upload that code to Amazon S3 and write a template that points at the uploaded object?',
    nonMembers: [
      {
        text: 'sam build',
        why: 'sam build installs the dependencies and writes the artifacts and a built template to the local .aws-sam folder. It uploads nothing.',
      },
      {
        text: 'sam local invoke',
        why: 'sam local invoke runs a function once in a local container that emulates Lambda. Nothing leaves the developer’s machine.',
      },
      {
        text: 'sam validate',
        why: 'sam validate checks that the template is a valid SAM template. It neither builds nor uploads code.',
      },
      {
        text: 'aws lambda publish-version',
        why: 'publish-version snapshots code that is already in the function as a numbered version. It uploads nothing and writes no template.',
      },
    ],
    docs: samUpload,
  },
] as const satisfies readonly FactSet[];

const layoutFacts = [
  {
    id: 'packaging.zip-root-layout',
    kind: 'rule',
    topic: 'packaging',
    statement:
      'A .zip deployment package has the handler file at the root of the archive, with the installed libraries beside it rather than in a parent folder.',
    why: 'Lambda extracts the archive into /var/task, the first place the runtime looks for modules. A handler zipped inside a project folder lands one level too deep, so the runtime cannot find it under the name that the handler setting gives.',
    takeaway:
      'Zip the contents of the build folder, not the folder itself: the handler and its libraries sit at the root of the archive.',
    ask: 'A developer packages a Python function that uses the requests library as a .zip file. How must the archive be laid out?',
    docs: pythonPackage,
    exams: dvaOnly,
    domains: deployment,
    misconceptions: [
      {
        text: 'A .zip deployment package has the handler file inside a folder named after the function, with the installed libraries in a lib/ folder that Lambda adds to the path.',
        why: 'Lambda looks for the handler file at the root of the archive. A lib/ folder is searched for native libraries, not for the modules that the code imports.',
      },
      {
        text: 'A .zip deployment package has the handler file at the root of the archive, with the installed libraries under python/, the folder that the runtime adds to its import path.',
        why: 'python/ is the layout of a layer, which Lambda extracts into /opt. In the function’s own package, the libraries sit at the root beside the handler.',
      },
      {
        text: 'A .zip deployment package holds only the handler file, because Lambda installs the libraries listed in requirements.txt when it creates the first execution environment.',
        why: 'Lambda installs nothing. Every library beyond those in the runtime, such as the AWS SDK, must be in the package or in a layer.',
      },
    ],
  },
  {
    id: 'packaging.node-modules-layout',
    kind: 'rule',
    topic: 'packaging',
    statement:
      'A Node.js .zip deployment package has the handler file at the root of the archive and the node_modules folder right beside it.',
    why: 'Node.js resolves an import by looking for node_modules next to the file that asks for it, so the folder must sit beside the handler in /var/task. In a layer, the same modules go under nodejs/node_modules instead.',
    takeaway:
      'Function package: the handler and node_modules/ at the root. Layer: nodejs/node_modules/.',
    ask: 'A developer deploys a Node.js function whose handler imports the axios package. Where does that package go in the .zip file?',
    docs: nodePackage,
    exams: dvaOnly,
    domains: deployment,
    misconceptions: [
      {
        text: 'A Node.js .zip deployment package has the handler file at the root of the archive and its modules under nodejs/node_modules, the path that Lambda adds for every function.',
        why: 'nodejs/node_modules is the layout of a layer, extracted into /opt. In the function package, node_modules sits at the root beside the handler.',
      },
      {
        text: 'A Node.js .zip deployment package needs only the handler file and package.json, because Lambda runs npm install when the function is first created.',
        why: 'Lambda runs no package manager. The dependencies must be installed before zipping, or provided by a layer.',
      },
      {
        text: 'A Node.js .zip deployment package has the handler file in any folder of the archive, because Lambda searches every folder for the file that the handler setting names.',
        why: 'Lambda does not search. The handler setting is a path from the root of the archive, so a file in a subfolder needs that folder in the setting.',
      },
    ],
  },
  {
    id: 'packaging.import-module-error',
    kind: 'rule',
    topic: 'packaging',
    statement:
      'A Runtime.ImportModuleError means that the runtime could not load the handler file, or a library that the handler needs, from the package or from its layers.',
    why: 'The runtime imports the module named in the handler setting from /var/task, then its own imports from the package and /opt. A handler zipped inside a folder, a library left out of the archive or files that cannot be read all stop that import before any event is handled.',
    takeaway:
      'Unable to import module: check that the handler file is at the root, that every library is in the package or a layer, and that the files are readable.',
    ask: 'A new Python function fails on every invocation with Runtime.ImportModuleError: Unable to import module. What does this error mean?',
    docs: pythonPackage,
    exams: dvaOnly,
    domains: ['dva-3', 'dva-4'],
    misconceptions: [
      {
        text: 'A Runtime.ImportModuleError means that the execution role lacks permission to read the deployment package from Amazon S3 when Lambda starts a new execution environment.',
        why: 'Lambda copies the package when the code is deployed, not with the execution role at each start. The error comes from the runtime’s own import.',
      },
      {
        text: 'A Runtime.ImportModuleError means that the function ran out of memory while it loaded its libraries, so the memory setting must be raised before the module can be imported.',
        why: 'Running out of memory ends an invocation with an out-of-memory error. An import error means a file or library could not be found or read.',
      },
      {
        text: 'A Runtime.ImportModuleError means that the handler was found but raised an exception, because Lambda reports every exception of the code under this name.',
        why: 'Exceptions from the handler are reported with their own type and stack trace. An import error happens before the handler ever runs.',
      },
    ],
  },
  {
    id: 'packaging.file-permissions',
    kind: 'rule',
    topic: 'packaging',
    statement:
      'The runtime needs read permission on every file in the deployment package, so files zipped without it fail with a permission denied error.',
    why: 'Lambda keeps the POSIX permissions stored in the archive, and the runtime does not run as the user who built it. Files must be readable by every user and folders searchable, for example with modes 644 and 755.',
    takeaway:
      'Permission denied on files in /var/task: fix the modes (644 for files, 755 for folders) and zip again.',
    ask: 'A function packaged by a CI pipeline fails with "EACCES: permission denied, open \'/var/task/index.js\'". What is wrong with the package?',
    docs: deploymentTroubleshooting,
    exams: dvaOnly,
    domains: ['dva-3', 'dva-4'],
    misconceptions: [
      {
        text: 'The execution role needs s3:GetObject on the deployment bucket, so that the runtime can read the files of the package each time the function starts.',
        why: 'The runtime reads the files from /var/task, not from S3. It fails because the files themselves are not readable.',
      },
      {
        text: 'The files of the package must be owned by the root user, so an archive that any other user builds fails with a permission denied error.',
        why: 'Ownership does not matter. What matters is that every user may read the files and search the folders.',
      },
      {
        text: 'The runtime needs write permission on every file in /var/task, so files zipped as read-only fail with a permission denied error when the function starts.',
        why: '/var/task is read-only in any case. The runtime only needs to read the files, and writes go to /tmp.',
      },
    ],
  },
  {
    id: 'packaging.s3-same-region',
    kind: 'rule',
    topic: 'packaging',
    statement:
      'A deployment package stored in Amazon S3 must be in a bucket in the same Region as the function.',
    why: 'Lambda fetches the object from S3 in the function’s own Region when the code is created or updated, and a bucket elsewhere fails with a PermanentRedirect error. Pipelines that deploy to several Regions keep an artifact bucket in each.',
    takeaway: 'Deploying to several Regions needs an artifact bucket in each of them.',
    ask: 'A pipeline deploys the same .zip package from a bucket in us-east-1 to a function in eu-west-1, and the update fails with a PermanentRedirect error. What applies to the bucket?',
    docs: deploymentTroubleshooting,
    exams: dvaOnly,
    domains: deployment,
    misconceptions: [
      {
        text: 'A deployment package stored in Amazon S3 can be in a bucket in any Region, as long as the bucket policy allows the Lambda service principal to read it.',
        why: 'Permissions do not help: Lambda reads deployment packages only from a bucket in the function’s Region.',
      },
      {
        text: 'A deployment package stored in Amazon S3 must be in a bucket in us-east-1, the Region where Lambda keeps the code of the functions of every Region.',
        why: 'The bucket must be in the function’s own Region, whichever Region that is.',
      },
      {
        text: 'A deployment package stored in Amazon S3 can be in any Region once replication copies it, because Lambda reads the replica in its own Region automatically.',
        why: 'Lambda reads the bucket and key it is given. A replica helps only if the deployment names the bucket in the function’s Region.',
      },
    ],
  },
] as const satisfies readonly Fact[];

const toolFacts = [
  {
    id: 'packaging.sam-build',
    kind: 'rule',
    topic: 'packaging',
    statement:
      'The sam build command builds the functions of a SAM template and their dependencies into the .aws-sam folder, and it uploads nothing.',
    why: 'It installs each function’s dependencies, for example from requirements.txt or package.json, and writes the artifacts and a built template. With --use-container it builds inside a Lambda-like container, which helps with native libraries. Uploading happens in sam deploy or sam package.',
    takeaway:
      'sam build prepares artifacts on the machine. sam deploy uploads them and deploys the stack.',
    ask: 'A developer runs sam build for a project with a requirements.txt file. What does the command do?',
    docs: samBuild,
    exams: dvaOnly,
    domains: deployment,
    misconceptions: [
      {
        text: 'The sam build command builds the functions of a SAM template and their dependencies, uploads the artifacts to Amazon S3 and then deploys the stack with CloudFormation.',
        why: 'sam build works only on the local machine. Uploading and deploying are done by sam deploy.',
      },
      {
        text: 'The sam build command builds a container image for every function of a SAM template, whatever its package type, and pushes each image to Amazon ECR.',
        why: '.zip functions are built as folders of files, and images are built but not pushed. Pushing to ECR happens in sam deploy or sam package.',
      },
      {
        text: 'The sam build command only checks the SAM template for syntax errors, and the dependencies are installed by Lambda when each function is first invoked.',
        why: 'Checking the template is sam validate. Lambda installs no dependencies, so sam build installs them into the artifacts.',
      },
    ],
  },
  {
    id: 'packaging.upload-sam-package',
    kind: 'member',
    set: 'packaging.upload-commands',
    label: 'sam package',
    topic: 'packaging',
    statement:
      'The sam package command zips local code, uploads it to Amazon S3 and returns a copy of the template that points at the uploaded objects.',
    why: 'CloudFormation deploys only code that is already stored in AWS, so sam package replaces each local path with the S3 location it uploaded to. For an image function it pushes the image to the ECR repository given by --image-repository.',
    takeaway:
      'sam package produces a template that CloudFormation can deploy, with the code in S3.',
    docs: samPackage,
    exams: dvaOnly,
    domains: deployment,
    misconceptions: [
      {
        text: 'The sam package command deploys the stack itself, so it produces no template for CloudFormation to deploy.',
        why: 'sam package only uploads and rewrites the template. Deploying is done by sam deploy or aws cloudformation deploy.',
      },
    ],
  },
  {
    id: 'packaging.upload-sam-deploy',
    kind: 'member',
    set: 'packaging.upload-commands',
    label: 'sam deploy',
    topic: 'packaging',
    statement:
      'The sam deploy command does the work of sam package itself, uploading the local code to Amazon S3 before it deploys the stack.',
    why: 'sam deploy now packages implicitly, so a separate sam package step is optional. It uploads the artifacts, rewrites the template and deploys it through CloudFormation.',
    takeaway: 'sam build then sam deploy is enough: sam deploy uploads the code itself.',
    docs: samPackage,
    exams: dvaOnly,
    domains: deployment,
    misconceptions: [
      {
        text: 'The sam deploy command expects code that is already in Amazon S3, so sam package must always run before it.',
        why: 'sam deploy performs the packaging step itself. sam package is needed only when a packaged template is wanted on its own.',
      },
    ],
  },
  {
    id: 'packaging.upload-cfn-package',
    kind: 'member',
    set: 'packaging.upload-commands',
    label: 'aws cloudformation package',
    topic: 'packaging',
    statement:
      'The aws cloudformation package command uploads the local artifacts that a template references to Amazon S3 and returns a template that points at them.',
    why: 'It does for plain CloudFormation tooling what sam package does: local paths such as the code of a function are uploaded, and the returned template names their S3 locations, ready for aws cloudformation deploy.',
    takeaway:
      'With the AWS CLI alone, run aws cloudformation package, then aws cloudformation deploy with the returned template.',
    docs: cfnPackage,
    exams: dvaOnly,
    domains: deployment,
    misconceptions: [
      {
        text: 'The aws cloudformation package command only zips the local code into a file, and the developer must upload it to Amazon S3 and edit the template by hand.',
        why: 'The command uploads the artifacts itself and returns a template that already points at them.',
      },
    ],
  },
] as const satisfies readonly Fact[];

const imageFacts = [
  {
    id: 'packaging.aws-base-images',
    kind: 'rule',
    topic: 'packaging',
    statement:
      'An AWS base image for Lambda already contains the language runtime, the runtime interface client and the runtime interface emulator.',
    why: 'AWS publishes a base image per runtime so that an image built on it runs on Lambda as it is and can be tested locally. OS-only base images hold Amazon Linux and the emulator, and any other base image needs a runtime interface client added.',
    takeaway: 'The least work for an image function: start FROM the AWS base image of its runtime.',
    ask: 'A team builds its first container image function in Python. What does starting from the AWS base image for Python provide?',
    docs: imagesPage,
    exams: dvaOnly,
    domains: deployment,
    misconceptions: [
      {
        text: 'An AWS base image for Lambda contains only Amazon Linux, so the team adds the language runtime and the runtime interface client to it before the first build.',
        why: 'That describes an OS-only base image. The AWS base image of a runtime already includes the runtime and the runtime interface client.',
      },
      {
        text: 'An AWS base image for Lambda contains the language runtime only, and Lambda adds the runtime interface client to the image when it runs a new environment.',
        why: 'Lambda adds nothing to an image. The AWS base images ship with the runtime interface client.',
      },
      {
        text: 'An AWS base image for Lambda contains the language runtime and the layers of the account, which Lambda mounts from the image when the function runs.',
        why: 'Container image functions cannot use layers. Everything the function needs is built into the image.',
      },
    ],
  },
  {
    id: 'packaging.runtime-interface-emulator',
    kind: 'rule',
    topic: 'packaging',
    statement:
      'The runtime interface emulator lets a developer run a function’s container image locally and invoke it over HTTP before pushing it to Amazon ECR.',
    why: 'The emulator is a small web server that turns HTTP requests into the JSON events the function expects. AWS base images and OS-only base images include it; for other base images it is built into the image or installed on the developer’s machine.',
    takeaway:
      'Test an image locally with docker run and an HTTP request to the emulator before pushing it.',
    ask: 'A developer wants to invoke a Lambda container image on a laptop with curl before pushing it to Amazon ECR. What provides this?',
    docs: imagesTestPage,
    exams: dvaOnly,
    domains: ['dva-3', 'dva-4'],
    misconceptions: [
      {
        text: 'The runtime interface client lets a developer run a function’s container image locally and invoke it over HTTP before pushing it to Amazon ECR.',
        why: 'The runtime interface client connects the code to the Lambda Runtime API. Local HTTP invocation is the job of the emulator.',
      },
      {
        text: 'The test tab of the Lambda console lets a developer run a function’s container image locally, reading it straight from the developer’s Docker daemon.',
        why: 'The console invokes functions in AWS. It cannot reach images on a laptop, which the emulator runs locally.',
      },
      {
        text: 'Amazon ECR image scanning lets a developer run a function’s container image in a sandbox and invoke it over HTTP before it is deployed to Lambda.',
        why: 'Image scanning looks for known vulnerabilities in the image. It does not run or invoke the function.',
      },
    ],
  },
  {
    id: 'packaging.image-one-architecture',
    kind: 'rule',
    topic: 'packaging',
    statement:
      'A function’s container image must be built for the one architecture of the function, x86_64 or arm64, because Lambda does not accept multi-architecture images.',
    why: 'AWS base images are published for both architectures, but the image a function uses must target only one, and it must match the architecture setting of the function.',
    takeaway:
      'Build an arm64 image for an arm64 function and an x86_64 image for an x86_64 function.',
    ask: 'A team pushes a multi-architecture image, built for x86_64 and arm64, and tries to create a Lambda function from it. What applies?',
    docs: imagesPage,
    exams: dvaOnly,
    domains: deployment,
    misconceptions: [
      {
        text: 'A function’s container image may be a multi-architecture image for x86_64 and arm64, and Lambda picks the variant that matches the function at each cold start.',
        why: 'Lambda does not support multi-architecture images. The image must be built for the function’s one architecture.',
      },
      {
        text: 'A function’s container image must always be built for x86_64, because Lambda runs container image functions only on x86_64 processors and never on arm64.',
        why: 'Image functions can run on arm64 too. The image must match whichever architecture the function is set to.',
      },
      {
        text: 'A function’s container image can be built for any instruction set architecture, x86_64, arm64 or another, because Lambda emulates the architecture of the image.',
        why: 'Lambda emulates no architecture. An image built for the wrong one cannot run.',
      },
    ],
  },
] as const satisfies readonly Fact[];

export const packagingFacts = [
  ...layoutFacts,
  ...toolFacts,
  ...imageFacts,
] as const satisfies readonly Fact[];

export const packagingTopic = {
  id: 'packaging',
  title: 'Packaging and deployment artifacts',
  summary:
    'The .zip layout and its errors, container images and base images, and how SAM and CloudFormation upload code.',
  section: '5. Lambda Layers',
  intro: [
    'Function code reaches Lambda as a deployment package: either a .zip archive, which Lambda extracts into /var/task, or a container image stored in Amazon ECR. In a .zip archive the handler file sits at the root with its libraries beside it, and every file must be readable; a handler or library in the wrong place ends in an "Unable to import module" error before any event is handled.',
    'Layers share libraries between .zip functions. They keep each package small and are updated in one place, but they do not make code run faster, and the function and its layers must fit in 250 MB unzipped together. Beyond that, or when a team already builds Docker images, a container image of up to 10 GB is the package type to use.',
    'An image starts from an AWS base image, which already has the runtime, the runtime interface client and the local test emulator, or from any other base image with the runtime interface client added. It is built for one architecture, and it cannot use layers.',
    'SAM and CloudFormation deploy only code that is already in AWS. sam build prepares the artifacts on the machine; sam deploy, sam package and aws cloudformation package upload them to Amazon S3 (images to Amazon ECR) and point the template at them.',
  ],
  tables: [],
  facts: packagingFacts,
  sets: packagingSets,
  checklist: [],
  tips: [],
  decisions: [packagingChoices],
  beyondSeed: true,
} as const satisfies Topic;
