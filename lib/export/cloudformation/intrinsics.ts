import type { CfnValue } from './types';

/**
 * Intrinsic functions. `sub` takes only text built by the exporter from logical ids,
 * node ids and pseudo parameters: never a name or description a user typed, because
 * `${...}` inside it would be read as a reference.
 */
export const ref = (logicalId: string): CfnValue => ({ Ref: logicalId });
export const getAtt = (logicalId: string, attribute: string): CfnValue => ({ 'Fn::GetAtt': [logicalId, attribute] });
export const sub = (text: string): CfnValue => ({ 'Fn::Sub': text });

export const ACCOUNT = '${AWS::AccountId}';
export const REGION = '${AWS::Region}';
export const PARTITION = '${AWS::Partition}';

/** An ARN for a service whose resources CloudFormation does not return an Arn for. */
export function arnSub(service: string, resource: string, options: { region?: boolean; account?: boolean } = {}): CfnValue {
  const region = options.region === false ? '' : REGION;
  const account = options.account === false ? '' : ACCOUNT;
  return sub(`arn:${PARTITION}:${service}:${region}:${account}:${resource}`);
}
