/**
 * How to package and ship function code: a .zip uploaded directly or through Amazon S3 with
 * SAM, a shared layer, libraries copied into every archive, or a container image built from an
 * AWS base image or from the organization's own base image.
 */
import type { DecisionModel } from '../schema';
import { cite, lambdaGuide } from '../topics/authoring';

const zipDirect = 'zip-direct-upload';
const zipSam = 'zip-through-sam';
const sharedLayer = 'shared-layer';
const copiedLibraries = 'libraries-in-every-zip';
const imageAwsBase = 'image-aws-base';
const imageOwnBase = 'image-own-base';

export const packagingChoices = {
  id: 'packaging-choices',
  topic: 'packaging',
  title: 'Packaging and shipping the code of a function',
  exams: ['DVA-C02'],
  domains: ['dva-3'],
  settings: [
    'A platform team at {company} is choosing how to package its {language} Lambda functions.',
    'Developers at {company} are moving {task} to Lambda functions in {language}.',
    '{company} is reviewing how its {language} Lambda functions for {task} are built and shipped.',
  ],
  slots: {
    company: ['a retailer', 'an insurer', 'a media group', 'a regional bank'],
    task: ['fraud scoring', 'invoice parsing', 'search ranking'],
    language: ['Python', 'Java', 'Node.js'],
    size: ['2', '3', '4', '6'],
    mb: ['60', '75', '90'],
  },
  options: [
    {
      id: zipDirect,
      text: 'Zip the handler with its libraries at the root of the archive, and upload the archive straight to the function with update-function-code.',
      why: 'A direct upload is a single API call that replaces the code of $LATEST at once, for an archive of up to 50 MB zipped, and a .zip function can attach layers by ARN.',
      facts: ['packaging.zip-root-layout', 'limits.zip-direct-upload'],
    },
    {
      id: zipSam,
      text: 'Build the .zip artifact of the function with sam build, and run sam deploy, which uploads the artifact to Amazon S3 and then deploys it.',
      why: 'sam deploy uploads the artifact to S3 and deploys the stack through CloudFormation, so archives above the direct-upload limit work as long as they fit 250 MB unzipped, and a .zip function can attach layers by ARN.',
      facts: ['packaging.sam-build', 'packaging.upload-sam-deploy', 'limits.large-zip-from-s3'],
    },
    {
      id: sharedLayer,
      text: 'Publish the functions’ libraries as a versioned layer, share it through its layer permissions, and deploy each function with SAM as a small .zip.',
      why: 'Each .zip function references the layer version by ARN, as it can any other layer, so the libraries are published once, pinned by version and usable from other accounts that are granted access.',
      facts: ['layers.purpose', 'layers.cross-account', 'layers.max-unzipped'],
    },
    {
      id: copiedLibraries,
      text: 'Copy the functions’ libraries into each function’s .zip archive next to its handler, and rebuild and redeploy every function with SAM after each edit.',
      why: 'Each archive carries its own copy of the libraries, so a function needs no shared artifact, but every change to them means rebuilding and redeploying every function. As a .zip function, each can still attach layers by ARN.',
      facts: ['packaging.zip-root-layout', 'layers.purpose'],
    },
    {
      id: imageAwsBase,
      text: 'Build a container image from the AWS base image for the runtime, push it to Amazon ECR, and deploy the function from it with SAM.',
      why: 'An image can be up to 10 GB, and the AWS base image already holds the runtime, the runtime interface client and the emulator for local tests.',
      facts: [
        'packaging.aws-base-images',
        'limits.container-image-size',
        'deployment.image-registry',
      ],
    },
    {
      id: imageOwnBase,
      text: 'Build a container image from the company’s own base image with the runtime interface client added, and deploy the function from ECR with SAM.',
      why: 'Any base image works on Lambda once it includes the runtime interface client, the image can be up to 10 GB, and for local tests the runtime interface emulator can be built into the image or run from the laptop.',
      facts: [
        'deployment.runtime-interface-client',
        'limits.container-image-size',
        'packaging.runtime-interface-emulator',
      ],
    },
  ],
  requirements: [
    {
      id: 'gigabytes',
      label: 'code and model far beyond 250 MB',
      text: 'The code, its libraries and a machine learning model take up about {size} GB uncompressed, and all of it must ship with the function.',
      meets: [imageAwsBase, imageOwnBase],
      breaks: {
        [zipDirect]:
          'a direct upload takes at most 50 MB zipped, and any .zip function must fit in 250 MB unzipped.',
        [zipSam]:
          'uploading through S3 lifts only the direct-upload limit, and a .zip function still has to fit in 250 MB unzipped.',
        [sharedLayer]:
          'layers count toward the same 250 MB unzipped limit as the function, so they add no room.',
        [copiedLibraries]:
          'copying the libraries into the archive makes it bigger, and a .zip function must fit in 250 MB unzipped.',
      },
      takeaway:
        'Beyond 250 MB unzipped, layers do not help: package the function as a container image of up to 10 GB.',
      facts: ['layers.max-unzipped', 'limits.container-image-size'],
    },
    {
      id: 'one-library-many-teams',
      label: 'one library published once',
      text: 'Thirty existing .zip functions must all use one internal library, published a single time and pinned by version.',
      meets: [sharedLayer],
      breaks: {
        [zipDirect]:
          'each archive carries its own copy of the library, so nothing is published a single time.',
        [zipSam]:
          'each artifact carries its own copy of the library, so nothing is published a single time.',
        [copiedLibraries]:
          'a copy of the library sits in every archive and changes only when every function is redeployed.',
        [imageAwsBase]:
          'existing .zip functions cannot change package type, so each would be recreated, and each image would carry its own copy.',
        [imageOwnBase]:
          'the package type of the existing functions cannot change, and a library built into each image is copied into every one of them.',
      },
      takeaway:
        'One library shared by many .zip functions, pinned by version: publish it as a layer.',
      facts: ['layers.purpose', 'deployment.package-type-fixed'],
    },
    {
      id: 'golden-image',
      label: 'the in-house golden image',
      text: 'Every workload must be built as a Docker image on top of the in-house golden image that the security team scans and patches.',
      meets: [imageOwnBase],
      breaks: {
        [zipDirect]:
          'a .zip archive is not a Docker image, so it never starts from the golden image.',
        [zipSam]:
          'a .zip artifact built by SAM is not a Docker image, so it skips the golden image.',
        [sharedLayer]:
          'layers and .zip archives are not Docker images, so the golden image is never used.',
        [copiedLibraries]:
          'a .zip archive with copied libraries is not a Docker image built on the golden image.',
        [imageAwsBase]:
          'the image would start from the AWS base image instead of the in-house golden image.',
      },
      takeaway:
        'An organization’s own base image works on Lambda once the runtime interface client is added to it.',
      facts: ['deployment.runtime-interface-client'],
    },
    {
      id: 'too-big-to-upload',
      label: 'a large .zip that stays a .zip',
      text: 'Each function’s package comes to about {mb} MB zipped and 200 MB unzipped, and every function must stay a .zip function.',
      meets: [zipSam, sharedLayer, copiedLibraries],
      breaks: {
        [zipDirect]:
          'a direct upload accepts at most 50 MB zipped, so the call is rejected, although the package fits the 250 MB unzipped limit.',
        [imageAwsBase]:
          'the function would become a container image function, which the requirement rules out.',
        [imageOwnBase]:
          'an image function is a different package type, and the function must stay a .zip.',
      },
      takeaway:
        'A .zip above 50 MB zipped is deployed through Amazon S3, which SAM does on its own, or slimmed down with layers.',
      facts: ['limits.zip-direct-upload', 'limits.large-zip-from-s3'],
    },
    {
      id: 'docker-run-locally',
      label: 'docker run on a laptop',
      text: 'Developers must start the release on their laptops with docker run and invoke it over HTTP before it ships.',
      meets: [imageAwsBase, imageOwnBase],
      breaks: {
        [zipDirect]: 'a .zip archive is not an image that docker run can start.',
        [zipSam]: 'a .zip artifact is not an image, so there is nothing for docker run to start.',
        [sharedLayer]:
          'a function built from a .zip and layers has no image for docker run to start.',
        [copiedLibraries]: 'the release is a .zip archive, which docker run cannot start.',
      },
      takeaway:
        'Container images run locally under the runtime interface emulator, which AWS base images include.',
      facts: ['packaging.runtime-interface-emulator'],
    },
    {
      id: 'extension-by-arn',
      label: 'an extension attached by ARN',
      text: 'Every function must attach a monitoring extension from the security team by ARN, so that the team can roll out new versions on its own.',
      meets: [zipDirect, zipSam, sharedLayer, copiedLibraries],
      breaks: {
        [imageAwsBase]:
          'container image functions cannot use layers, so the extension would be copied into each image and rebuilt with every update.',
        [imageOwnBase]:
          'an image function cannot attach a layer by ARN, so every image would need a rebuild to update the extension.',
      },
      takeaway:
        'Extensions shipped as layers attach only to .zip functions. Image functions build them into the image.',
      facts: ['layers.zip-only', 'layers.use-extensions'],
    },
    {
      id: 'through-the-stack',
      label: 'every change through the stack',
      text: 'Every change must go through the CloudFormation stack that defines the function, so that the stack always matches what runs.',
      meets: [zipSam, sharedLayer, copiedLibraries, imageAwsBase, imageOwnBase],
      breaks: {
        [zipDirect]:
          'update-function-code changes the function outside the stack, so the stack no longer matches what runs.',
      },
      takeaway:
        'Changes made with update-function-code bypass CloudFormation. SAM deployments keep the stack in step.',
      facts: ['packaging.upload-sam-deploy'],
    },
    {
      id: 'other-accounts',
      label: 'other accounts using the library without a copy',
      text: 'Functions in three other AWS accounts must use the same library without a copy of it in their own packages.',
      meets: [sharedLayer],
      breaks: {
        [zipDirect]:
          'the library is zipped into each archive, so every function carries its own copy.',
        [zipSam]:
          'the library is built into each artifact, so every function carries its own copy.',
        [copiedLibraries]: 'copying the library into every archive is exactly what is ruled out.',
        [imageAwsBase]:
          'the library is built into each image, so every function carries its own copy.',
        [imageOwnBase]: 'each image built on the base image holds its own copy of the library.',
      },
      takeaway:
        'A layer version can be granted to other accounts or a whole organization with lambda:GetLayerVersion.',
      facts: ['layers.cross-account'],
    },
  ],
  qualifiers: [
    {
      id: 'overhead',
      label: 'the least operational overhead',
      ask: 'Which solution meets these requirements with the LEAST operational overhead?',
      rank: { [imageAwsBase]: 1, [imageOwnBase]: 2 },
      worse: {
        [imageOwnBase]:
          'the team must add the runtime interface client to its own image and keep it current, which the AWS base image already does.',
      },
      takeaway:
        'When nothing forces another base image, start from the AWS base image: the runtime interface client and emulator are already in it.',
    },
    {
      id: 'fastest-code-change',
      label: 'the fastest way to put a small code change live',
      ask: 'Which solution meets these requirements and puts a one-line code change live in the SHORTEST time?',
      rank: { [zipDirect]: 1, [zipSam]: 2, [sharedLayer]: 2, [copiedLibraries]: 2 },
      worse: {
        [zipSam]:
          'each change goes through an S3 upload and a CloudFormation stack update, which takes longer than one API call.',
        [sharedLayer]:
          'each change still goes through SAM and a CloudFormation stack update, which takes longer than one API call.',
        [copiedLibraries]:
          'each change rebuilds the archive and runs a CloudFormation stack update, which takes longer than one API call.',
      },
      takeaway:
        'For the quickest code update of a small .zip function, upload it directly with update-function-code.',
    },
  ],
  docs: cite(`${lambdaGuide}gettingstarted-package.html`),
} as const satisfies DecisionModel;
