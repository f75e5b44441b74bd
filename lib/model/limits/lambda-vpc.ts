/**
 * A Lambda function attached to a VPC, checked 2026-12-06. It gets no public IP address: it
 * reaches AWS service APIs (SQS, S3, DynamoDB...) only through a NAT gateway or VPC endpoints
 * (gateway endpoints for S3 and DynamoDB, interface endpoints for the others); without either,
 * its calls hang until the function times out. Lambda creates the Hyperplane network interfaces
 * when the function is created or its VPC settings change (the function is Pending meanwhile),
 * not at each cold start. Its role needs the EC2 network-interface actions of
 * AWSLambdaVPCAccessExecutionRole.
 */
export const LAMBDA_VPC = {
  networkInterfaceActions: ['ec2:CreateNetworkInterface', 'ec2:DescribeNetworkInterfaces', 'ec2:DescribeSubnets', 'ec2:DeleteNetworkInterface', 'ec2:AssignPrivateIpAddresses', 'ec2:UnassignPrivateIpAddresses'],
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html',
  internetUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc-internet.html',
  checked: '2026-12-06',
} as const;
