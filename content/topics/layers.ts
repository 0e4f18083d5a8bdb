import type { Fact, FactSet, Topic } from '../schema';
import { bothExams, cite, lambdaGuide } from './authoring';

const seed = '5. Lambda Layers' as const;
const domains = ['dva-3', 'sap-2'] as const;
const layersPage = cite(`${lambdaGuide}chapter-layers.html`);
const addingLayers = cite(`${lambdaGuide}adding-layers.html`);
const packagingLayers = cite(`${lambdaGuide}packaging-layers.html`);
const crossAccount = cite(`${lambdaGuide}permissions-layer-cross-account.html`);

export const layerSets = [
  {
    id: 'layers.common-uses',
    topic: 'layers',
    title: 'Common uses of layers',
    ask: 'A team wants to package content once and attach it to many functions as a layer. Which of these is a common use of Lambda layers?',
    askMany:
      'A team wants to package content once and attach it to many functions as a layer. Which of these are common uses of Lambda layers?',
    nonMembers: [
      {
        text: 'Database passwords shared by several functions',
        why: 'Secrets belong in Secrets Manager or Parameter Store, which encrypt, control access to and rotate them; anyone allowed to get the layer version can download its files.',
      },
      {
        text: 'Files that the function writes while it runs',
        why: 'Lambda extracts a layer read-only into /opt; files written at run time go to /tmp, the only writable directory.',
      },
      {
        text: 'Extra memory and CPU for a heavy function',
        why: 'Memory, and the CPU that comes with it, is a function setting; a layer only adds files to /opt.',
      },
      {
        text: 'One execution environment shared by several functions',
        why: 'Each function still runs in its own execution environments; a layer shares package content, not running instances.',
      },
    ],
    docs: layersPage,
    seed,
  },
] as const satisfies readonly FactSet[];

const rules = [
  {
    id: 'layers.purpose',
    kind: 'rule',
    topic: 'layers',
    statement:
      'A layer packages libraries and other dependencies separately from the function code, so several functions can share them.',
    why: 'Lambda extracts each layer into /opt in the execution environment, where the runtime finds its libraries, so the deployment package holds only the function code.',
    takeaway:
      'When the same dependencies are copied into many deployment packages, move them into a layer.',
    ask: 'What do Lambda layers let a team do with the dependencies that many functions use?',
    docs: layersPage,
    seed,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'A layer packages the handler code separately from its dependencies, so several functions can run the same handler.',
        why: 'Each function’s handler stays in its own deployment package; layers usually hold libraries, a custom runtime or configuration files.',
      },
      {
        text: 'A layer runs the dependencies in a separate process beside the function code, so that several functions can call them over HTTP.',
        why: 'That describes an extension process; layer content is plain files in /opt that the function loads in its own process.',
      },
      {
        text: 'A layer caches the dependencies in memory between deployments, so several functions can start faster on a cold start.',
        why: 'A layer adds files to the execution environment; it does not cache anything between deployments or make initialization faster.',
      },
    ],
  },
  {
    id: 'layers.cross-account',
    kind: 'rule',
    topic: 'layers',
    statement:
      'A layer version can be shared with other accounts, or with a whole organization, through its resource-based policy.',
    why: 'The layer owner grants lambda:GetLayerVersion on the layer version to an account, an organization or everyone; functions in those accounts can then add that version.',
    takeaway:
      'To reuse an internal library across accounts, publish it once as a layer and grant the other accounts lambda:GetLayerVersion.',
    ask: 'A platform team publishes a logging library as a layer in its own account. How can functions in the company’s other accounts use it?',
    docs: crossAccount,
    seed,
    exams: bothExams,
    domains: ['dva-3', 'sap-1'],
    misconceptions: [
      {
        text: 'A layer version can be used only in the account that published it, so each other account must publish a copy.',
        why: 'Layer permissions exist precisely for sharing: the owner can grant another account, an organization or all accounts.',
      },
      {
        text: 'A layer version can be shared with other accounts by adding those accounts as trusted principals in each function’s execution role.',
        why: 'The execution role governs what the function may call; access to a layer is granted on the layer version’s own resource-based policy.',
      },
      {
        text: 'A layer version can be shared with other accounts only by copying its .zip archive into each account’s S3 bucket.',
        why: 'No copy is needed: other accounts reference the layer version ARN once the owner grants lambda:GetLayerVersion.',
      },
      {
        text: 'A layer version can be shared with other accounts by granting lambda:InvokeFunction on it in its resource-based policy.',
        why: 'lambda:InvokeFunction is for invoking functions; adding a layer to a function needs lambda:GetLayerVersion on the layer version.',
      },
    ],
  },
  {
    id: 'layers.not-for-secrets',
    kind: 'rule',
    topic: 'layers',
    statement:
      'Secrets belong in Secrets Manager or Parameter Store, fetched at run time, not in layers or environment variables.',
    why: 'Secrets Manager and Parameter Store SecureString encrypt each secret, control who reads it and support rotation; a layer’s files can be downloaded by anyone granted the layer version.',
    takeaway:
      'On the exam, storing credentials in a layer or in plain environment variables is always the wrong answer.',
    ask: 'A developer wants several functions to use the same database password. Where should the password be kept?',
    docs: cite(`${lambdaGuide}with-secrets-manager.html`),
    seed,
    exams: bothExams,
    domains: ['dva-2', 'sap-2'],
    misconceptions: [
      {
        text: 'Secrets belong in a private layer that all the functions share, which keeps them out of the function code.',
        why: 'A layer is plain files with no per-secret encryption, access control or rotation; anyone granted the layer version can read them.',
      },
      {
        text: 'Secrets belong in environment variables, which Lambda encrypts at rest and hides from the console, so no extra service is needed.',
        why: 'Users who can view the function’s configuration can read its environment variables; AWS recommends Secrets Manager for credentials.',
      },
      {
        text: 'Secrets belong in the function code as constants, compiled into the deployment package of each function.',
        why: 'Anyone who can download the deployment package reads the secret, and changing it needs a redeployment of every function.',
      },
    ],
  },
  {
    id: 'layers.zip-only',
    kind: 'rule',
    topic: 'layers',
    statement:
      'Layers work only with functions deployed as .zip archives. A container image function packages its dependencies in its image.',
    why: 'Lambda adds layers by extracting them into /opt of a .zip function’s environment; a container image is built with everything it needs, so it cannot list layers.',
    takeaway:
      'For a container image function, put shared libraries in a shared base image, not in a Lambda layer.',
    ask: 'A team packages one function as a container image and wants it to use the company’s shared library layer. What applies?',
    docs: layersPage,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'Layers work with container image functions as well as .zip archives, because Lambda mounts the layers into the image at run time.',
        why: 'Only .zip functions can list layers; an image function includes its dependencies when the image is built.',
      },
      {
        text: 'Layers work only with functions deployed as container images. A .zip function must package all its dependencies in its archive.',
        why: 'It is the other way round: layers are a feature of .zip functions, and images carry their dependencies inside.',
      },
      {
        text: 'Layers work with both package types, .zip archives and container images, as long as the layer itself was published as an image.',
        why: 'A layer is always a .zip archive, and only .zip functions can use one.',
      },
    ],
  },
  {
    id: 'layers.version-after-delete',
    kind: 'rule',
    topic: 'layers',
    statement:
      'A function keeps working with a layer version it already uses even after that version is deleted, but new functions cannot add it.',
    why: 'Lambda keeps the layer content a function was configured with; deleting a version only stops it from being added to functions again.',
    takeaway: 'Deleting an old layer version never breaks the functions that already use it.',
    ask: 'A platform team deletes a layer version that several existing functions still use. What happens?',
    docs: addingLayers,
    exams: bothExams,
    domains: ['dva-3', 'sap-3'],
    misconceptions: [
      {
        text: 'The existing functions fail at their next cold start because the layer version is gone, and new functions cannot add it.',
        why: 'Functions keep the layer content they were configured with; only adding the deleted version to a function fails.',
      },
      {
        text: 'The existing functions move to the latest remaining version of the layer, and new functions can still add any version of it.',
        why: 'A function always names an exact layer version ARN; Lambda never switches it to another version.',
      },
      {
        text: 'The existing functions keep working with that version, and new functions can still add the deleted version by its ARN.',
        why: 'Existing functions keep working, but a deleted version can no longer be added to any function.',
      },
    ],
  },
  {
    id: 'layers.paths',
    kind: 'rule',
    topic: 'layers',
    statement:
      'Lambda extracts layers into /opt, so a Python layer keeps its packages under python/ and a Node.js layer under nodejs/node_modules/.',
    why: 'Each runtime’s search path already includes folders under /opt, such as /opt/python and /opt/nodejs/node_modules; files elsewhere in the archive are not found by import or require.',
    takeaway:
      'A layer whose imports fail is usually zipped without its runtime folder (python/ or nodejs/node_modules/).',
    ask: 'A developer builds a layer with the requests library for a Python function, but the import fails. How must the layer archive be laid out?',
    docs: packagingLayers,
    exams: ['DVA-C02'],
    domains: ['dva-3', 'dva-4'],
    misconceptions: [
      {
        text: 'Lambda extracts layers into /tmp, so a Python layer keeps its packages under tmp/ and a Node.js layer under tmp/node_modules/.',
        why: 'Layers go to /opt, read-only; /tmp is the writable scratch space and is not on the import path.',
      },
      {
        text: 'Lambda extracts layers into /var/task, so a Python layer keeps its packages at the root of the archive, right beside the handler file.',
        why: '/var/task holds the function’s own code; layer content goes to /opt, where the runtime looks in python/.',
      },
      {
        text: 'Lambda extracts layers into /opt, so a Python layer keeps its packages under lib/ and a Node.js layer under node/modules/.',
        why: 'The runtimes search /opt/python and /opt/nodejs/node_modules; lib/ is for native libraries on LD_LIBRARY_PATH.',
      },
    ],
  },
] as const satisfies readonly Fact[];

const limits = [
  {
    id: 'layers.max-count',
    kind: 'limit',
    topic: 'layers',
    subject: 'layers per function',
    value: { kind: 'exact', n: 5, unit: 'count' },
    statement: 'A function can use up to 5 layers.',
    why: 'Five is the per-function quota on layers; it cannot be raised, so more libraries must be combined into fewer layers.',
    takeaway:
      'Five layers per function, and together with the code they must fit in 250 MB unzipped.',
    ask: 'What is the largest number of layers one Lambda function can use?',
    docs: addingLayers,
    seed,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'A function can use up to 10 layers.',
        why: 'The quota is five layers per function.',
        figure: { kind: 'exact', n: 10, unit: 'count' },
      },
      {
        text: 'A function can use only 1 layer.',
        why: 'A function can list up to five layers, applied in order.',
        figure: { kind: 'exact', n: 1, unit: 'count' },
      },
      {
        text: 'A function can use up to 3 layers.',
        why: 'The quota is five layers per function, not three.',
        figure: { kind: 'exact', n: 3, unit: 'count' },
      },
    ],
  },
  {
    id: 'layers.max-unzipped',
    kind: 'limit',
    topic: 'layers',
    subject: 'maximum unzipped size of the function plus all its layers',
    value: { kind: 'exact', n: 250, unit: 'MB' },
    statement: 'The function code and all its layers together can be at most 250 MB unzipped.',
    why: 'The 250 MB unzipped deployment package quota counts the function and every layer it uses together, so layers do not add room.',
    takeaway:
      'Layers share code but never raise the 250 MB unzipped limit; beyond it, use a container image (up to 10 GB).',
    ask: 'A function uses three layers. What is the most that the function code and its layers can take up together, unzipped?',
    docs: addingLayers,
    seed,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'Each layer may take 250 MB unzipped on its own, so three layers allow 750 MB.',
        why: 'The 250 MB quota is for the function and all its layers combined.',
        figure: { kind: 'exact', n: 750, unit: 'MB' },
      },
      {
        text: 'The function code and its layers can take at most 50 MB together.',
        why: '50 MB is the zipped size of a .zip package uploaded directly; the unzipped limit is 250 MB.',
        figure: { kind: 'exact', n: 50, unit: 'MB' },
      },
      {
        text: 'The function code and its layers can take up to 10 GB together.',
        why: '10 GB is the size limit of a container image; .zip functions with layers are limited to 250 MB unzipped.',
        figure: { kind: 'exact', n: 10, unit: 'GB' },
      },
    ],
  },
] as const satisfies readonly Fact[];

const uses = [
  {
    id: 'layers.use-ml-libraries',
    kind: 'member',
    set: 'layers.common-uses',
    label: 'Large libraries such as pandas and NumPy',
    topic: 'layers',
    statement: 'Large libraries such as pandas and NumPy are a common use of layers.',
    why: 'Libraries are the typical content of a layer: packaged once and extracted into /opt, they keep each deployment package small.',
    takeaway: 'Heavy shared libraries go in a layer; the function package keeps only its own code.',
    docs: layersPage,
    seed,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'Large libraries such as pandas cannot go into layers and must be downloaded into /tmp at run time.',
        why: 'Library dependencies are the most common content of a layer, as long as the total stays within 250 MB unzipped.',
      },
    ],
  },
  {
    id: 'layers.use-custom-runtimes',
    kind: 'member',
    set: 'layers.common-uses',
    label: 'A custom runtime for an unsupported language',
    topic: 'layers',
    statement: 'A custom runtime is a common use of layers.',
    why: 'A custom runtime’s bootstrap can ship in a layer, so functions on an OS-only runtime can share it.',
    takeaway: 'A custom runtime can be shared as a layer by every function that needs it.',
    docs: layersPage,
    seed,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'A custom runtime can be delivered only as a container image, never as a layer.',
        why: 'AWS names custom runtimes among the usual contents of a layer.',
      },
    ],
  },
  {
    id: 'layers.use-sdk-extensions',
    kind: 'member',
    set: 'layers.common-uses',
    label: 'A fixed version of the AWS SDK',
    topic: 'layers',
    statement:
      'A layer can lock the AWS SDK version a function uses, instead of the version embedded in the runtime.',
    why: 'The SDK embedded in a managed runtime can change without notice; a layer with a specific SDK version keeps every function on that version.',
    takeaway: 'To pin the AWS SDK version across functions, ship it in a layer.',
    notesSaid: 'AWS SDK extensions',
    docs: layersPage,
    seed,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'The AWS SDK cannot be packaged in a layer, so functions always use the version in the runtime.',
        why: 'AWS suggests a layer precisely to lock an SDK version that the runtime’s embedded SDK might change.',
      },
    ],
  },
  {
    id: 'layers.use-extensions',
    kind: 'member',
    set: 'layers.common-uses',
    label: 'An extension such as a monitoring agent',
    topic: 'layers',
    statement:
      'Lambda extensions, such as monitoring agents and secret caches, are usually added to .zip functions as layers.',
    why: 'An external extension is an executable in /opt/extensions, which is where a layer’s extensions/ folder lands.',
    takeaway: 'Observability agents and the Parameters and Secrets extension arrive as layers.',
    notesSaid: 'AWS SDK extensions',
    docs: cite(`${lambdaGuide}lambda-extensions.html`),
    seed,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'Lambda extensions must be compiled into the handler and cannot be shipped as layers.',
        why: 'External extensions run as separate processes from /opt/extensions, and layers are the usual way to add them.',
      },
    ],
  },
] as const satisfies readonly Fact[];

export const layerFacts = [...rules, ...limits, ...uses] as const satisfies readonly Fact[];

export const layersTopic = {
  id: 'layers',
  title: 'Lambda layers',
  summary: 'Sharing libraries between functions: up to 5 layers, 250 MB unzipped, never secrets.',
  section: seed,
  intro: [
    'A layer is a .zip archive of libraries, a custom runtime or configuration files that several functions can include, so shared code is packaged once instead of in every deployment package.',
    'Lambda extracts a function’s layers into /opt, in the order they are listed. Layers make packages smaller and updates easier; they do not make the code run faster, and they never raise the 250 MB unzipped size limit.',
  ],
  tables: [],
  facts: layerFacts,
  sets: layerSets,
  checklist: [],
  tips: [],
} as const satisfies Topic;
