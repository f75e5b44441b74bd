import type { ExportContext } from '../context';

/** The GlueScriptsBucket parameter: where job scripts are uploaded and jobs keep temporary files. */
export function scriptsBucketParameter(ctx: ExportContext): string {
  return ctx.parameter('GlueScriptsBucket', {
    Type: 'String',
    Description: 'S3 bucket holding the Glue job scripts (upload the generated glue/ folder) and their temporary files',
    AllowedPattern: '^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$',
    ConstraintDescription: 'an S3 bucket name',
  });
}
