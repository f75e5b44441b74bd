/** A value in a CloudFormation template: JSON with intrinsic functions as objects. */
export type CfnValue = string | number | boolean | CfnValue[] | { [key: string]: CfnValue };
export type CfnObject = { [key: string]: CfnValue };

export interface CfnResource {
  Type: string;
  Properties?: CfnObject;
  DependsOn?: string[];
  Metadata?: CfnObject;
  DeletionPolicy?: 'Retain' | 'Snapshot' | 'Delete';
  UpdateReplacePolicy?: 'Retain' | 'Snapshot' | 'Delete';
}

export interface CfnParameter {
  Type: string;
  Description: string;
  Default?: string;
  AllowedPattern?: string;
  ConstraintDescription?: string;
}

export interface CfnOutput {
  Description: string;
  Value: CfnValue;
}

export interface CfnTemplate {
  AWSTemplateFormatVersion: '2010-09-09';
  Description: string;
  Metadata?: CfnObject;
  Parameters?: Record<string, CfnParameter>;
  Resources: Record<string, CfnResource>;
  Outputs?: Record<string, CfnOutput>;
}
