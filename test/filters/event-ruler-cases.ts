/**
 * Cases from aws/event-ruler's own test suite (https://github.com/aws/event-ruler at commit 337e8d9), transcribed
 * as data: each rule, event and expected answer with the file under src/test/ and line it comes from.
 * - `RulerTest.java`: every `Ruler.matchesRule(event, rule)` assertion (assertTrue/assertFalse/assertEquals).
 * - `GenericMachineTest.java` nestedArraysTest: data/arrayRule{1,2,3}.json against data/arrayEvent{1..4}.json with
 *   the array-consistent `rulesForJSONEvent`.
 * - `resources/correctness-cases.json`: the file has rules and events but no expected field (StructuredFinderTest
 *   compares two finders with each other), so the answer event-ruler's `Ruler.matchesRule` gives is recorded.
 * - `JsonRuleCompilerTest.java` testNumericExpressions: the numeric operands it accepts and refuses.
 * Rules with operators Lambda does not support (wildcard, cidr, anything-but with prefix/suffix/equals-ignore-case/
 * wildcard) are kept: for them the expected answer is "invalid pattern" here, as Lambda's operator set is the limit.
 */

/** A rule, an event and event-ruler's answer. */
export interface EventRulerMatchCase {
  source: string;
  rule: string;
  event: string;
  expected: boolean;
}

/** A rule and whether event-ruler's compiler accepts it. */
export interface EventRulerValidityCase {
  source: string;
  rule: string;
  valid: boolean;
}

/** The defects listed in issue 8 (item 7) and 10 (item 3), and IP-address strings, with the answers event-ruler gives (recorded by running it). */
export interface IssueCase {
  name: string;
  rule: string;
  event: string;
  expected: boolean | "invalid";
}

export const EVENT_RULER_MATCH_CASES: EventRulerMatchCase[] = [
 {
  "source": "RulerTest.java:87 (WHEN_RulesFromReadmeAreTried_THEN_TheyWork, asserted at line 141)",
  "rule": "{\n  \"detail-type\": [ \"EC2 Instance State-change Notification\" ],\n  \"resources\": [ \"arn:aws:ec2:us-east-1:012345679012:instance/i-000000aaaaaa00000\" ],\n  \"detail\": {\n    \"state\": [ \"initializing\", \"running\" ]\n  }\n}",
  "event": "{\n  \"version\": \"0\",\n  \"id\": \"ddddd4-aaaa-7777-4444-345dd43cc333\",\n  \"detail-type\": \"EC2 Instance State-change Notification\",\n  \"source\": \"aws.ec2\",\n  \"account\": \"012345679012\",\n  \"time\": \"2017-10-02T16:24:49Z\",\n  \"region\": \"us-east-1\",\n  \"resources\": [\n    \"arn:aws:ec2:us-east-1:012345679012:instance/i-000000aaaaaa00000\"\n  ],\n  \"detail\": {\n    \"c.count\": 5,\n    \"d.count\": 3,\n    \"x.limit\": 301.8,\n    \"source-ip\": \"10.0.0.33\",\n    \"instance-id\": \"i-000000aaaaaa00000\",\n    \"state\": \"running\"\n  }\n}\n",
  "expected": true
 },
 {
  "source": "RulerTest.java:94 (WHEN_RulesFromReadmeAreTried_THEN_TheyWork, asserted at line 141)",
  "rule": "{\n  \"time\": [ { \"prefix\": \"2017-10-02\" } ],\n  \"detail\": {\n    \"state\": [ { \"anything-but\": \"initializing\" } ]\n  }\n}",
  "event": "{\n  \"version\": \"0\",\n  \"id\": \"ddddd4-aaaa-7777-4444-345dd43cc333\",\n  \"detail-type\": \"EC2 Instance State-change Notification\",\n  \"source\": \"aws.ec2\",\n  \"account\": \"012345679012\",\n  \"time\": \"2017-10-02T16:24:49Z\",\n  \"region\": \"us-east-1\",\n  \"resources\": [\n    \"arn:aws:ec2:us-east-1:012345679012:instance/i-000000aaaaaa00000\"\n  ],\n  \"detail\": {\n    \"c.count\": 5,\n    \"d.count\": 3,\n    \"x.limit\": 301.8,\n    \"source-ip\": \"10.0.0.33\",\n    \"instance-id\": \"i-000000aaaaaa00000\",\n    \"state\": \"running\"\n  }\n}\n",
  "expected": true
 },
 {
  "source": "RulerTest.java:100 (WHEN_RulesFromReadmeAreTried_THEN_TheyWork, asserted at line 141)",
  "rule": "{\n  \"detail\": {\n    \"source-ip\": [ { \"cidr\": \"10.0.0.0/24\" } ],\n    \"c.count\": [ { \"numeric\": [ \">\", 0, \"<=\", 5 ] } ],\n    \"d.count\": [ { \"numeric\": [ \"<\", 10 ] } ],\n    \"x.limit\": [ { \"numeric\": [ \"=\", 3.018e2 ] } ]\n  }\n}  \n",
  "event": "{\n  \"version\": \"0\",\n  \"id\": \"ddddd4-aaaa-7777-4444-345dd43cc333\",\n  \"detail-type\": \"EC2 Instance State-change Notification\",\n  \"source\": \"aws.ec2\",\n  \"account\": \"012345679012\",\n  \"time\": \"2017-10-02T16:24:49Z\",\n  \"region\": \"us-east-1\",\n  \"resources\": [\n    \"arn:aws:ec2:us-east-1:012345679012:instance/i-000000aaaaaa00000\"\n  ],\n  \"detail\": {\n    \"c.count\": 5,\n    \"d.count\": 3,\n    \"x.limit\": 301.8,\n    \"source-ip\": \"10.0.0.33\",\n    \"instance-id\": \"i-000000aaaaaa00000\",\n    \"state\": \"running\"\n  }\n}\n",
  "expected": true
 },
 {
  "source": "RulerTest.java:108 (WHEN_RulesFromReadmeAreTried_THEN_TheyWork, asserted at line 141)",
  "rule": "{\n  \"detail\": {\n    \"state\": [ { \"anything-but\": { \"prefix\": \"init\" } } ]\n  }\n}",
  "event": "{\n  \"version\": \"0\",\n  \"id\": \"ddddd4-aaaa-7777-4444-345dd43cc333\",\n  \"detail-type\": \"EC2 Instance State-change Notification\",\n  \"source\": \"aws.ec2\",\n  \"account\": \"012345679012\",\n  \"time\": \"2017-10-02T16:24:49Z\",\n  \"region\": \"us-east-1\",\n  \"resources\": [\n    \"arn:aws:ec2:us-east-1:012345679012:instance/i-000000aaaaaa00000\"\n  ],\n  \"detail\": {\n    \"c.count\": 5,\n    \"d.count\": 3,\n    \"x.limit\": 301.8,\n    \"source-ip\": \"10.0.0.33\",\n    \"instance-id\": \"i-000000aaaaaa00000\",\n    \"state\": \"running\"\n  }\n}\n",
  "expected": true
 },
 {
  "source": "RulerTest.java:113 (WHEN_RulesFromReadmeAreTried_THEN_TheyWork, asserted at line 141)",
  "rule": "{\n  \"detail\": {\n    \"state\": [ { \"prefix\": { \"equals-ignore-case\": \"RuNn\" } } ]\n  }\n}",
  "event": "{\n  \"version\": \"0\",\n  \"id\": \"ddddd4-aaaa-7777-4444-345dd43cc333\",\n  \"detail-type\": \"EC2 Instance State-change Notification\",\n  \"source\": \"aws.ec2\",\n  \"account\": \"012345679012\",\n  \"time\": \"2017-10-02T16:24:49Z\",\n  \"region\": \"us-east-1\",\n  \"resources\": [\n    \"arn:aws:ec2:us-east-1:012345679012:instance/i-000000aaaaaa00000\"\n  ],\n  \"detail\": {\n    \"c.count\": 5,\n    \"d.count\": 3,\n    \"x.limit\": 301.8,\n    \"source-ip\": \"10.0.0.33\",\n    \"instance-id\": \"i-000000aaaaaa00000\",\n    \"state\": \"running\"\n  }\n}\n",
  "expected": true
 },
 {
  "source": "RulerTest.java:118 (WHEN_RulesFromReadmeAreTried_THEN_TheyWork, asserted at line 141)",
  "rule": "{\n  \"detail\": {\n    \"state\": [ { \"suffix\": \"ning\" } ]\n  }\n}",
  "event": "{\n  \"version\": \"0\",\n  \"id\": \"ddddd4-aaaa-7777-4444-345dd43cc333\",\n  \"detail-type\": \"EC2 Instance State-change Notification\",\n  \"source\": \"aws.ec2\",\n  \"account\": \"012345679012\",\n  \"time\": \"2017-10-02T16:24:49Z\",\n  \"region\": \"us-east-1\",\n  \"resources\": [\n    \"arn:aws:ec2:us-east-1:012345679012:instance/i-000000aaaaaa00000\"\n  ],\n  \"detail\": {\n    \"c.count\": 5,\n    \"d.count\": 3,\n    \"x.limit\": 301.8,\n    \"source-ip\": \"10.0.0.33\",\n    \"instance-id\": \"i-000000aaaaaa00000\",\n    \"state\": \"running\"\n  }\n}\n",
  "expected": true
 },
 {
  "source": "RulerTest.java:123 (WHEN_RulesFromReadmeAreTried_THEN_TheyWork, asserted at line 141)",
  "rule": "{\n  \"detail\": {\n    \"state\": [ { \"suffix\": { \"equals-ignore-case\": \"nInG\" } } ]\n  }\n}",
  "event": "{\n  \"version\": \"0\",\n  \"id\": \"ddddd4-aaaa-7777-4444-345dd43cc333\",\n  \"detail-type\": \"EC2 Instance State-change Notification\",\n  \"source\": \"aws.ec2\",\n  \"account\": \"012345679012\",\n  \"time\": \"2017-10-02T16:24:49Z\",\n  \"region\": \"us-east-1\",\n  \"resources\": [\n    \"arn:aws:ec2:us-east-1:012345679012:instance/i-000000aaaaaa00000\"\n  ],\n  \"detail\": {\n    \"c.count\": 5,\n    \"d.count\": 3,\n    \"x.limit\": 301.8,\n    \"source-ip\": \"10.0.0.33\",\n    \"instance-id\": \"i-000000aaaaaa00000\",\n    \"state\": \"running\"\n  }\n}\n",
  "expected": true
 },
 {
  "source": "RulerTest.java:128 (WHEN_RulesFromReadmeAreTried_THEN_TheyWork, asserted at line 141)",
  "rule": "{\n  \"detail\": {\n    \"source-ip\": [ { \"cidr\": \"10.0.0.0/24\" } ]\n  }\n}",
  "event": "{\n  \"version\": \"0\",\n  \"id\": \"ddddd4-aaaa-7777-4444-345dd43cc333\",\n  \"detail-type\": \"EC2 Instance State-change Notification\",\n  \"source\": \"aws.ec2\",\n  \"account\": \"012345679012\",\n  \"time\": \"2017-10-02T16:24:49Z\",\n  \"region\": \"us-east-1\",\n  \"resources\": [\n    \"arn:aws:ec2:us-east-1:012345679012:instance/i-000000aaaaaa00000\"\n  ],\n  \"detail\": {\n    \"c.count\": 5,\n    \"d.count\": 3,\n    \"x.limit\": 301.8,\n    \"source-ip\": \"10.0.0.33\",\n    \"instance-id\": \"i-000000aaaaaa00000\",\n    \"state\": \"running\"\n  }\n}\n",
  "expected": true
 },
 {
  "source": "RulerTest.java:133 (WHEN_RulesFromReadmeAreTried_THEN_TheyWork, asserted at line 141)",
  "rule": "{\n  \"detail\": {\n    \"source-ip\": [ { \"cidr\": \"10.0.0.0/8\" } ]\n  }\n}",
  "event": "{\n  \"version\": \"0\",\n  \"id\": \"ddddd4-aaaa-7777-4444-345dd43cc333\",\n  \"detail-type\": \"EC2 Instance State-change Notification\",\n  \"source\": \"aws.ec2\",\n  \"account\": \"012345679012\",\n  \"time\": \"2017-10-02T16:24:49Z\",\n  \"region\": \"us-east-1\",\n  \"resources\": [\n    \"arn:aws:ec2:us-east-1:012345679012:instance/i-000000aaaaaa00000\"\n  ],\n  \"detail\": {\n    \"c.count\": 5,\n    \"d.count\": 3,\n    \"x.limit\": 301.8,\n    \"source-ip\": \"10.0.0.33\",\n    \"instance-id\": \"i-000000aaaaaa00000\",\n    \"state\": \"running\"\n  }\n}\n",
  "expected": true
 },
 {
  "source": "RulerTest.java:154 (WHEN_WeWriteRulesToMatchVariousFieldCombos_THEN_TheyWork, asserted at line 242)",
  "rule": "  {\n    \"Image\": {\n      \"Width\": [ 800 ],\n      \"Thumbnail\": {\n      \"Height\": [ 125, 300 ]\n      }\n    }\n  }",
  "event": " {\n        \"Image\": {\n            \"Width\":  800,\n            \"Height\": 600,\n            \"Title\":  \"View from 15th Floor\",\n            \"Thumbnail\": {\n                \"Url\":    \"http://www.example.com/image/481989943\",\n                \"Height\": 125,\n                \"Width\":  100\n            },\n            \"Animated\" : false,\n            \"IDs\": [116, 943, 234, 38793]\n          }\n      }",
  "expected": true
 },
 {
  "source": "RulerTest.java:162 (WHEN_WeWriteRulesToMatchVariousFieldCombos_THEN_TheyWork, asserted at line 242)",
  "rule": "  {\n    \"Image\": {\n      \"Thumbnail\": {\n        \"Url\": [ { \"prefix\": \"http\" } ]\n      }\n    }\n  }",
  "event": " {\n        \"Image\": {\n            \"Width\":  800,\n            \"Height\": 600,\n            \"Title\":  \"View from 15th Floor\",\n            \"Thumbnail\": {\n                \"Url\":    \"http://www.example.com/image/481989943\",\n                \"Height\": 125,\n                \"Width\":  100\n            },\n            \"Animated\" : false,\n            \"IDs\": [116, 943, 234, 38793]\n          }\n      }",
  "expected": true
 },
 {
  "source": "RulerTest.java:169 (WHEN_WeWriteRulesToMatchVariousFieldCombos_THEN_TheyWork, asserted at line 242)",
  "rule": "  {\n    \"Image\": {\n      \"Title\": [ { \"prefix\": { \"equals-ignore-case\": \"VIeW\" } } ]\n    }\n  }",
  "event": " {\n        \"Image\": {\n            \"Width\":  800,\n            \"Height\": 600,\n            \"Title\":  \"View from 15th Floor\",\n            \"Thumbnail\": {\n                \"Url\":    \"http://www.example.com/image/481989943\",\n                \"Height\": 125,\n                \"Width\":  100\n            },\n            \"Animated\" : false,\n            \"IDs\": [116, 943, 234, 38793]\n          }\n      }",
  "expected": true
 },
 {
  "source": "RulerTest.java:174 (WHEN_WeWriteRulesToMatchVariousFieldCombos_THEN_TheyWork, asserted at line 242)",
  "rule": "  {\n    \"Image\": {\n      \"Title\": [ { \"suffix\": { \"equals-ignore-case\": \"LoOr\" } } ]\n    }\n  }",
  "event": " {\n        \"Image\": {\n            \"Width\":  800,\n            \"Height\": 600,\n            \"Title\":  \"View from 15th Floor\",\n            \"Thumbnail\": {\n                \"Url\":    \"http://www.example.com/image/481989943\",\n                \"Height\": 125,\n                \"Width\":  100\n            },\n            \"Animated\" : false,\n            \"IDs\": [116, 943, 234, 38793]\n          }\n      }",
  "expected": true
 },
 {
  "source": "RulerTest.java:179 (WHEN_WeWriteRulesToMatchVariousFieldCombos_THEN_TheyWork, asserted at line 242)",
  "rule": "  {\n    \"Image\": {\n      \"Title\": [ { \"suffix\": \"loor\" } ]\n    }\n  }",
  "event": " {\n        \"Image\": {\n            \"Width\":  800,\n            \"Height\": 600,\n            \"Title\":  \"View from 15th Floor\",\n            \"Thumbnail\": {\n                \"Url\":    \"http://www.example.com/image/481989943\",\n                \"Height\": 125,\n                \"Width\":  100\n            },\n            \"Animated\" : false,\n            \"IDs\": [116, 943, 234, 38793]\n          }\n      }",
  "expected": true
 },
 {
  "source": "RulerTest.java:184 (WHEN_WeWriteRulesToMatchVariousFieldCombos_THEN_TheyWork, asserted at line 242)",
  "rule": "  {\n    \"Image\": {\n      \"Width\":  [ {      \"numeric\": [ \"<\", 1000 ] } ],\n      \"Height\": [ {      \"numeric\": [ \"<=\", 600 ] } ],\n      \"Title\":  [ { \"anything-but\": \"View from 15th Flood\" } ],\n      \"Thumbnail\": {\n        \"Url\":    [ { \"prefix\": \"http\" } ],\n        \"Height\": [ { \"numeric\": [ \">\", 124, \"<\", 126 ] } ],\n        \"Width\":  [ { \"numeric\": [ \">=\", 99.999, \"<=\", 100 ] } ]\n      },\n      \"Animated\": [ false ]\n    }\n}\n",
  "event": " {\n        \"Image\": {\n            \"Width\":  800,\n            \"Height\": 600,\n            \"Title\":  \"View from 15th Floor\",\n            \"Thumbnail\": {\n                \"Url\":    \"http://www.example.com/image/481989943\",\n                \"Height\": 125,\n                \"Width\":  100\n            },\n            \"Animated\" : false,\n            \"IDs\": [116, 943, 234, 38793]\n          }\n      }",
  "expected": true
 },
 {
  "source": "RulerTest.java:199 (WHEN_WeWriteRulesToMatchVariousFieldCombos_THEN_TheyWork, asserted at line 245)",
  "rule": "  {\n    \"Image\": {\n      \"Width\":  [ {      \"numeric\": [ \"<\", 800 ] } ]\n    }\n}\n",
  "event": " {\n        \"Image\": {\n            \"Width\":  800,\n            \"Height\": 600,\n            \"Title\":  \"View from 15th Floor\",\n            \"Thumbnail\": {\n                \"Url\":    \"http://www.example.com/image/481989943\",\n                \"Height\": 125,\n                \"Width\":  100\n            },\n            \"Animated\" : false,\n            \"IDs\": [116, 943, 234, 38793]\n          }\n      }",
  "expected": false
 },
 {
  "source": "RulerTest.java:204 (WHEN_WeWriteRulesToMatchVariousFieldCombos_THEN_TheyWork, asserted at line 245)",
  "rule": "  {\n    \"Image\": {\n      \"Height\":  [ {      \"numeric\": [ \"<\", 599 ] } ]\n    }\n}\n",
  "event": " {\n        \"Image\": {\n            \"Width\":  800,\n            \"Height\": 600,\n            \"Title\":  \"View from 15th Floor\",\n            \"Thumbnail\": {\n                \"Url\":    \"http://www.example.com/image/481989943\",\n                \"Height\": 125,\n                \"Width\":  100\n            },\n            \"Animated\" : false,\n            \"IDs\": [116, 943, 234, 38793]\n          }\n      }",
  "expected": false
 },
 {
  "source": "RulerTest.java:209 (WHEN_WeWriteRulesToMatchVariousFieldCombos_THEN_TheyWork, asserted at line 245)",
  "rule": "  {\n    \"Image\": {\n      \"Title\":  [ { \"anything-but\": \"View from 15th Floor\" } ]\n    }\n}\n",
  "event": " {\n        \"Image\": {\n            \"Width\":  800,\n            \"Height\": 600,\n            \"Title\":  \"View from 15th Floor\",\n            \"Thumbnail\": {\n                \"Url\":    \"http://www.example.com/image/481989943\",\n                \"Height\": 125,\n                \"Width\":  100\n            },\n            \"Animated\" : false,\n            \"IDs\": [116, 943, 234, 38793]\n          }\n      }",
  "expected": false
 },
 {
  "source": "RulerTest.java:214 (WHEN_WeWriteRulesToMatchVariousFieldCombos_THEN_TheyWork, asserted at line 245)",
  "rule": "  {\n    \"Image\": {\n      \"Thumbnail\": {\n        \"Url\": [ { \"prefix\": \"https\" } ]\n      }\n    }\n}\n",
  "event": " {\n        \"Image\": {\n            \"Width\":  800,\n            \"Height\": 600,\n            \"Title\":  \"View from 15th Floor\",\n            \"Thumbnail\": {\n                \"Url\":    \"http://www.example.com/image/481989943\",\n                \"Height\": 125,\n                \"Width\":  100\n            },\n            \"Animated\" : false,\n            \"IDs\": [116, 943, 234, 38793]\n          }\n      }",
  "expected": false
 },
 {
  "source": "RulerTest.java:221 (WHEN_WeWriteRulesToMatchVariousFieldCombos_THEN_TheyWork, asserted at line 245)",
  "rule": "  {\n    \"Image\": {\n      \"Thumbnail\": {\n        \"Height\": [ { \"numeric\": [ \">\", 124, \"<\", 125 ] } ]\n      }\n    }\n}\n",
  "event": " {\n        \"Image\": {\n            \"Width\":  800,\n            \"Height\": 600,\n            \"Title\":  \"View from 15th Floor\",\n            \"Thumbnail\": {\n                \"Url\":    \"http://www.example.com/image/481989943\",\n                \"Height\": 125,\n                \"Width\":  100\n            },\n            \"Animated\" : false,\n            \"IDs\": [116, 943, 234, 38793]\n          }\n      }",
  "expected": false
 },
 {
  "source": "RulerTest.java:228 (WHEN_WeWriteRulesToMatchVariousFieldCombos_THEN_TheyWork, asserted at line 245)",
  "rule": "  {\n    \"Image\": {\n      \"Thumbnail\": {\n        \"Width\": [ { \"numeric\": [ \">=\", 100.00001, \"<=\", 1001] } ]\n      }\n    }\n}\n",
  "event": " {\n        \"Image\": {\n            \"Width\":  800,\n            \"Height\": 600,\n            \"Title\":  \"View from 15th Floor\",\n            \"Thumbnail\": {\n                \"Url\":    \"http://www.example.com/image/481989943\",\n                \"Height\": 125,\n                \"Width\":  100\n            },\n            \"Animated\" : false,\n            \"IDs\": [116, 943, 234, 38793]\n          }\n      }",
  "expected": false
 },
 {
  "source": "RulerTest.java:235 (WHEN_WeWriteRulesToMatchVariousFieldCombos_THEN_TheyWork, asserted at line 245)",
  "rule": "  {\n    \"Image\": {\n      \"Animated\": [ true ]\n    }\n}\n",
  "event": " {\n        \"Image\": {\n            \"Width\":  800,\n            \"Height\": 600,\n            \"Title\":  \"View from 15th Floor\",\n            \"Thumbnail\": {\n                \"Url\":    \"http://www.example.com/image/481989943\",\n                \"Height\": 125,\n                \"Width\":  100\n            },\n            \"Animated\" : false,\n            \"IDs\": [116, 943, 234, 38793]\n          }\n      }",
  "expected": false
 },
 {
  "source": "RulerTest.java:320 (WHEN_JSONContainsArrays_THEN_RulerNoCompileMatchesWork, asserted at line 376)",
  "rule": "{\n    \"employees\": {\n        \"firstName\": [\"Anna\"]\n    }\n}",
  "event": "{\n  \"employees\":[\n    [\n      { \"firstName\":\"John\", \"lastName\":\"Doe\" , \"ids\" : [ 1234, 1000, 9999 ] },\n      { \"firstName\":\"Anna\", \"lastName\":\"Smith\" }\n    ],\n    [\n      { \"firstName\":\"Peter\", \"lastName\":\"Jones\", \"ids\" : [ ]  }\n    ]\n  ]\n}",
  "expected": true
 },
 {
  "source": "RulerTest.java:325 (WHEN_JSONContainsArrays_THEN_RulerNoCompileMatchesWork, asserted at line 376)",
  "rule": "{\n    \"employees\": {\n        \"firstName\": [\"John\"],\n        \"ids\": [ 1000 ]\n    }\n}",
  "event": "{\n  \"employees\":[\n    [\n      { \"firstName\":\"John\", \"lastName\":\"Doe\" , \"ids\" : [ 1234, 1000, 9999 ] },\n      { \"firstName\":\"Anna\", \"lastName\":\"Smith\" }\n    ],\n    [\n      { \"firstName\":\"Peter\", \"lastName\":\"Jones\", \"ids\" : [ ]  }\n    ]\n  ]\n}",
  "expected": true
 },
 {
  "source": "RulerTest.java:331 (WHEN_JSONContainsArrays_THEN_RulerNoCompileMatchesWork, asserted at line 376)",
  "rule": "{\n    \"employees\": {\n        \"firstName\": [\"Anna\"],\n        \"ids\": [ { \"exists\": false  } ]\n    }\n}",
  "event": "{\n  \"employees\":[\n    [\n      { \"firstName\":\"John\", \"lastName\":\"Doe\" , \"ids\" : [ 1234, 1000, 9999 ] },\n      { \"firstName\":\"Anna\", \"lastName\":\"Smith\" }\n    ],\n    [\n      { \"firstName\":\"Peter\", \"lastName\":\"Jones\", \"ids\" : [ ]  }\n    ]\n  ]\n}",
  "expected": true
 },
 {
  "source": "RulerTest.java:339 (WHEN_JSONContainsArrays_THEN_RulerNoCompileMatchesWork, asserted at line 379)",
  "rule": "{\n    \"employees\": {\n        \"firstName\": [\"Alice\"]\n    }\n}",
  "event": "{\n  \"employees\":[\n    [\n      { \"firstName\":\"John\", \"lastName\":\"Doe\" , \"ids\" : [ 1234, 1000, 9999 ] },\n      { \"firstName\":\"Anna\", \"lastName\":\"Smith\" }\n    ],\n    [\n      { \"firstName\":\"Peter\", \"lastName\":\"Jones\", \"ids\" : [ ]  }\n    ]\n  ]\n}",
  "expected": false
 },
 {
  "source": "RulerTest.java:344 (WHEN_JSONContainsArrays_THEN_RulerNoCompileMatchesWork, asserted at line 379)",
  "rule": "{\n    \"employees\": {\n        \"firstName\": [\"Anna\"],\n        \"lastName\": [\"Jones\"]\n    }\n}",
  "event": "{\n  \"employees\":[\n    [\n      { \"firstName\":\"John\", \"lastName\":\"Doe\" , \"ids\" : [ 1234, 1000, 9999 ] },\n      { \"firstName\":\"Anna\", \"lastName\":\"Smith\" }\n    ],\n    [\n      { \"firstName\":\"Peter\", \"lastName\":\"Jones\", \"ids\" : [ ]  }\n    ]\n  ]\n}",
  "expected": false
 },
 {
  "source": "RulerTest.java:350 (WHEN_JSONContainsArrays_THEN_RulerNoCompileMatchesWork, asserted at line 379)",
  "rule": "{\n    \"employees\": {\n        \"firstName\": [\"Alice\"],\n        \"lastName\": [\"Bob\"]\n    }\n}",
  "event": "{\n  \"employees\":[\n    [\n      { \"firstName\":\"John\", \"lastName\":\"Doe\" , \"ids\" : [ 1234, 1000, 9999 ] },\n      { \"firstName\":\"Anna\", \"lastName\":\"Smith\" }\n    ],\n    [\n      { \"firstName\":\"Peter\", \"lastName\":\"Jones\", \"ids\" : [ ]  }\n    ]\n  ]\n}",
  "expected": false
 },
 {
  "source": "RulerTest.java:356 (WHEN_JSONContainsArrays_THEN_RulerNoCompileMatchesWork, asserted at line 379)",
  "rule": "{\n    \"a\": [ \"b\" ]\n}",
  "event": "{\n  \"employees\":[\n    [\n      { \"firstName\":\"John\", \"lastName\":\"Doe\" , \"ids\" : [ 1234, 1000, 9999 ] },\n      { \"firstName\":\"Anna\", \"lastName\":\"Smith\" }\n    ],\n    [\n      { \"firstName\":\"Peter\", \"lastName\":\"Jones\", \"ids\" : [ ]  }\n    ]\n  ]\n}",
  "expected": false
 },
 {
  "source": "RulerTest.java:359 (WHEN_JSONContainsArrays_THEN_RulerNoCompileMatchesWork, asserted at line 379)",
  "rule": "{\n    \"employees\": [ \"b\" ]\n}",
  "event": "{\n  \"employees\":[\n    [\n      { \"firstName\":\"John\", \"lastName\":\"Doe\" , \"ids\" : [ 1234, 1000, 9999 ] },\n      { \"firstName\":\"Anna\", \"lastName\":\"Smith\" }\n    ],\n    [\n      { \"firstName\":\"Peter\", \"lastName\":\"Jones\", \"ids\" : [ ]  }\n    ]\n  ]\n}",
  "expected": false
 },
 {
  "source": "RulerTest.java:362 (WHEN_JSONContainsArrays_THEN_RulerNoCompileMatchesWork, asserted at line 379)",
  "rule": "{\n    \"employees\": {\n        \"firstName\": [\"Anna\"],\n        \"ids\": [ 1000 ]\n    }\n}",
  "event": "{\n  \"employees\":[\n    [\n      { \"firstName\":\"John\", \"lastName\":\"Doe\" , \"ids\" : [ 1234, 1000, 9999 ] },\n      { \"firstName\":\"Anna\", \"lastName\":\"Smith\" }\n    ],\n    [\n      { \"firstName\":\"Peter\", \"lastName\":\"Jones\", \"ids\" : [ ]  }\n    ]\n  ]\n}",
  "expected": false
 },
 {
  "source": "RulerTest.java:368 (WHEN_JSONContainsArrays_THEN_RulerNoCompileMatchesWork, asserted at line 379)",
  "rule": "{\n    \"employees\": {\n        \"firstName\": [\"Anna\"],\n        \"ids\": [ { \"exists\": true  } ]\n    }\n}",
  "event": "{\n  \"employees\":[\n    [\n      { \"firstName\":\"John\", \"lastName\":\"Doe\" , \"ids\" : [ 1234, 1000, 9999 ] },\n      { \"firstName\":\"Anna\", \"lastName\":\"Smith\" }\n    ],\n    [\n      { \"firstName\":\"Peter\", \"lastName\":\"Jones\", \"ids\" : [ ]  }\n    ]\n  ]\n}",
  "expected": false
 },
 {
  "source": "RulerTest.java:385 (WHEN_WeTryToMatchExistsRules_THEN_TheyWork, asserted at line 394)",
  "rule": "{ \"a\" : [ { \"exists\": true } ] }",
  "event": "{ \"a\" : 1 }",
  "expected": true
 },
 {
  "source": "RulerTest.java:386 (WHEN_WeTryToMatchExistsRules_THEN_TheyWork, asserted at line 395)",
  "rule": "{ \"b\" : [ { \"exists\": false } ] }",
  "event": "{ \"a\" : 1 }",
  "expected": true
 },
 {
  "source": "RulerTest.java:387 (WHEN_WeTryToMatchExistsRules_THEN_TheyWork, asserted at line 396)",
  "rule": "{ \"x\" : [ {\"exists\": true} ] }",
  "event": "{ \"a\" : 1 }",
  "expected": false
 },
 {
  "source": "RulerTest.java:388 (WHEN_WeTryToMatchExistsRules_THEN_TheyWork, asserted at line 397)",
  "rule": "{ \"x\" : [ {\"exists\": false} ] }",
  "event": "{ \"a\" : 1 }",
  "expected": true
 },
 {
  "source": "RulerTest.java:385 (WHEN_WeTryToMatchExistsRules_THEN_TheyWork, asserted at line 398)",
  "rule": "{ \"a\" : [ { \"exists\": true } ] }",
  "event": "{ \"b\" : 2 }",
  "expected": false
 },
 {
  "source": "RulerTest.java:386 (WHEN_WeTryToMatchExistsRules_THEN_TheyWork, asserted at line 399)",
  "rule": "{ \"b\" : [ { \"exists\": false } ] }",
  "event": "{ \"b\" : 2 }",
  "expected": false
 },
 {
  "source": "RulerTest.java:387 (WHEN_WeTryToMatchExistsRules_THEN_TheyWork, asserted at line 400)",
  "rule": "{ \"x\" : [ {\"exists\": true} ] }",
  "event": "{ \"b\" : 2 }",
  "expected": false
 },
 {
  "source": "RulerTest.java:388 (WHEN_WeTryToMatchExistsRules_THEN_TheyWork, asserted at line 401)",
  "rule": "{ \"x\" : [ {\"exists\": false} ] }",
  "event": "{ \"b\" : 2 }",
  "expected": true
 },
 {
  "source": "RulerTest.java:385 (WHEN_WeTryToMatchExistsRules_THEN_TheyWork, asserted at line 402)",
  "rule": "{ \"a\" : [ { \"exists\": true } ] }",
  "event": "{ \"x\" : \"X\" }",
  "expected": false
 },
 {
  "source": "RulerTest.java:386 (WHEN_WeTryToMatchExistsRules_THEN_TheyWork, asserted at line 403)",
  "rule": "{ \"b\" : [ { \"exists\": false } ] }",
  "event": "{ \"x\" : \"X\" }",
  "expected": true
 },
 {
  "source": "RulerTest.java:387 (WHEN_WeTryToMatchExistsRules_THEN_TheyWork, asserted at line 404)",
  "rule": "{ \"x\" : [ {\"exists\": true} ] }",
  "event": "{ \"x\" : \"X\" }",
  "expected": true
 },
 {
  "source": "RulerTest.java:388 (WHEN_WeTryToMatchExistsRules_THEN_TheyWork, asserted at line 405)",
  "rule": "{ \"x\" : [ {\"exists\": false} ] }",
  "event": "{ \"x\" : \"X\" }",
  "expected": false
 },
 {
  "source": "RulerTest.java:410 (WHEN_WeTryReallySimpleRules_THEN_TheyWork, asserted at line 420)",
  "rule": "{ \"a\" : [ 1 ] }",
  "event": "{ \"a\" : 1 }",
  "expected": true
 },
 {
  "source": "RulerTest.java:411 (WHEN_WeTryReallySimpleRules_THEN_TheyWork, asserted at line 421)",
  "rule": "{ \"b\" : [ 2 ] }",
  "event": "{ \"b\" : 2 }",
  "expected": true
 },
 {
  "source": "RulerTest.java:412 (WHEN_WeTryReallySimpleRules_THEN_TheyWork, asserted at line 422)",
  "rule": "{ \"x\" : [ \"X\" ] }",
  "event": "{ \"x\" : \"X\" }",
  "expected": true
 },
 {
  "source": "RulerTest.java:410 (WHEN_WeTryReallySimpleRules_THEN_TheyWork, asserted at line 423)",
  "rule": "{ \"a\" : [ 1 ] }",
  "event": "{ \"x\" : true }",
  "expected": false
 },
 {
  "source": "RulerTest.java:411 (WHEN_WeTryReallySimpleRules_THEN_TheyWork, asserted at line 424)",
  "rule": "{ \"b\" : [ 2 ] }",
  "event": "{ \"x\" : true }",
  "expected": false
 },
 {
  "source": "RulerTest.java:412 (WHEN_WeTryReallySimpleRules_THEN_TheyWork, asserted at line 425)",
  "rule": "{ \"x\" : [ \"X\" ] }",
  "event": "{ \"x\" : true }",
  "expected": false
 },
 {
  "source": "RulerTest.java:443 (WHEN_WeTryAnythingButRules_THEN_Theywork, asserted at line 569)",
  "rule": "{\n\"a\": [ { \"anything-but\": [ \"dad0\",\"dad1\",\"dad2\" ] } ],\n\"b\": [ { \"anything-but\": [ 111, 222, 333 ] } ],\n\"c\": [ { \"anything-but\": \"zdd\" } ],\n\"d\": [ { \"anything-but\": 444 } ],\n\"z\": [ { \"numeric\": [ \">\", 0, \"<\", 1 ] } ],\n\"w\": [ { \"anything-but\": { \"prefix\": \"zax\" } } ],\n\"n\": [ { \"anything-but\": { \"suffix\": \"ing\" } } ],\n\"o\": [ { \"anything-but\": {\"equals-ignore-case\": \"CamelCase\" } } ],\n\"p\": [ { \"anything-but\": {\"equals-ignore-case\": [\"CamelCase\", \"AbC\"] } } ]\n}",
  "event": "{    \"a\": \"child1\",\n    \"b\": \"444\",\n    \"c\": \"child1\",\n    \"d\": 123,\n    \"w\": \"xaz\",\n    \"z\": 0.001, \n    \"n\": \"nomatch\", \n    \"o\": \"nomatch\", \n    \"p\": \"nomatch\" \n}\n",
  "expected": true
 },
 {
  "source": "RulerTest.java:454 (WHEN_WeTryAnythingButRules_THEN_Theywork, asserted at line 569)",
  "rule": "{\n\"a\": [ { \"anything-but\": [ \"dad0\",\"dad1\",\"dad2\" ] } ],\n\"b\": [ { \"anything-but\": [ 111, 222, 333 ] } ],\n\"c\": [ { \"anything-but\": \"zdd\" } ],\n\"d\": [ { \"anything-but\": 444 } ],\n\"z\": [ { \"numeric\": [ \">\", 0, \"<\", 1 ] } ],\n\"w\": [ { \"anything-but\": { \"prefix\": \"zax\" } } ],\n\"n\": [ { \"anything-but\": { \"suffix\": \"ing\" } } ],\n\"o\": [ { \"anything-but\": {\"equals-ignore-case\": \"CamelCase\" } } ],\n\"p\": [ { \"anything-but\": {\"equals-ignore-case\": [\"CamelCase\", \"AbC\"] } } ]\n}",
  "event": "{    \"a\": \"dad789\",\n    \"b\": 789,\n    \"c\": \"zdd\",\n    \"d\": 123,\n    \"w\": \"xaz\",\n    \"z\": 0.001, \n    \"n\": \"nomatch\", \n    \"o\": \"nomatch\", \n    \"p\": \"nomatch\" \n}\n",
  "expected": false
 },
 {
  "source": "RulerTest.java:465 (WHEN_WeTryAnythingButRules_THEN_Theywork, asserted at line 569)",
  "rule": "{\n\"a\": [ { \"anything-but\": [ \"dad0\",\"dad1\",\"dad2\" ] } ],\n\"b\": [ { \"anything-but\": [ 111, 222, 333 ] } ],\n\"c\": [ { \"anything-but\": \"zdd\" } ],\n\"d\": [ { \"anything-but\": 444 } ],\n\"z\": [ { \"numeric\": [ \">\", 0, \"<\", 1 ] } ],\n\"w\": [ { \"anything-but\": { \"prefix\": \"zax\" } } ],\n\"n\": [ { \"anything-but\": { \"suffix\": \"ing\" } } ],\n\"o\": [ { \"anything-but\": {\"equals-ignore-case\": \"CamelCase\" } } ],\n\"p\": [ { \"anything-but\": {\"equals-ignore-case\": [\"CamelCase\", \"AbC\"] } } ]\n}",
  "event": "{    \"a\": \"dad789\",\n    \"b\": 789,\n    \"c\": \"child1\",\n    \"d\": 123,\n    \"w\": \"xaz\",\n    \"z\": 1.01, \n    \"n\": \"nomatch\", \n    \"o\": \"nomatch\", \n    \"p\": \"nomatch\" \n}\n",
  "expected": false
 },
 {
  "source": "RulerTest.java:476 (WHEN_WeTryAnythingButRules_THEN_Theywork, asserted at line 569)",
  "rule": "{\n\"a\": [ { \"anything-but\": [ \"dad0\",\"dad1\",\"dad2\" ] } ],\n\"b\": [ { \"anything-but\": [ 111, 222, 333 ] } ],\n\"c\": [ { \"anything-but\": \"zdd\" } ],\n\"d\": [ { \"anything-but\": 444 } ],\n\"z\": [ { \"numeric\": [ \">\", 0, \"<\", 1 ] } ],\n\"w\": [ { \"anything-but\": { \"prefix\": \"zax\" } } ],\n\"n\": [ { \"anything-but\": { \"suffix\": \"ing\" } } ],\n\"o\": [ { \"anything-but\": {\"equals-ignore-case\": \"CamelCase\" } } ],\n\"p\": [ { \"anything-but\": {\"equals-ignore-case\": [\"CamelCase\", \"AbC\"] } } ]\n}",
  "event": "{    \"a\": \"dad1\",\n    \"b\": 345,\n    \"c\": \"child1\",\n    \"d\": 123,\n    \"w\": \"xaz\",\n    \"z\": 0.001, \n    \"n\": \"nomatch\", \n    \"o\": \"nomatch\", \n    \"p\": \"nomatch\" \n}\n",
  "expected": false
 },
 {
  "source": "RulerTest.java:487 (WHEN_WeTryAnythingButRules_THEN_Theywork, asserted at line 569)",
  "rule": "{\n\"a\": [ { \"anything-but\": [ \"dad0\",\"dad1\",\"dad2\" ] } ],\n\"b\": [ { \"anything-but\": [ 111, 222, 333 ] } ],\n\"c\": [ { \"anything-but\": \"zdd\" } ],\n\"d\": [ { \"anything-but\": 444 } ],\n\"z\": [ { \"numeric\": [ \">\", 0, \"<\", 1 ] } ],\n\"w\": [ { \"anything-but\": { \"prefix\": \"zax\" } } ],\n\"n\": [ { \"anything-but\": { \"suffix\": \"ing\" } } ],\n\"o\": [ { \"anything-but\": {\"equals-ignore-case\": \"CamelCase\" } } ],\n\"p\": [ { \"anything-but\": {\"equals-ignore-case\": [\"CamelCase\", \"AbC\"] } } ]\n}",
  "event": "{    \"a\": \"abc\",\n    \"b\": 111,\n    \"c\": \"child1\",\n    \"d\": 123,\n    \"w\": \"xaz\",\n    \"z\": 0.001, \n    \"n\": \"nomatch\", \n    \"o\": \"nomatch\", \n    \"p\": \"nomatch\" \n}\n",
  "expected": false
 },
 {
  "source": "RulerTest.java:498 (WHEN_WeTryAnythingButRules_THEN_Theywork, asserted at line 569)",
  "rule": "{\n\"a\": [ { \"anything-but\": [ \"dad0\",\"dad1\",\"dad2\" ] } ],\n\"b\": [ { \"anything-but\": [ 111, 222, 333 ] } ],\n\"c\": [ { \"anything-but\": \"zdd\" } ],\n\"d\": [ { \"anything-but\": 444 } ],\n\"z\": [ { \"numeric\": [ \">\", 0, \"<\", 1 ] } ],\n\"w\": [ { \"anything-but\": { \"prefix\": \"zax\" } } ],\n\"n\": [ { \"anything-but\": { \"suffix\": \"ing\" } } ],\n\"o\": [ { \"anything-but\": {\"equals-ignore-case\": \"CamelCase\" } } ],\n\"p\": [ { \"anything-but\": {\"equals-ignore-case\": [\"CamelCase\", \"AbC\"] } } ]\n}",
  "event": "{    \"a\": \"dad1\",\n    \"b\": 333,\n    \"c\": \"child1\",\n    \"d\": 123,\n    \"w\": \"xaz\",\n    \"z\": 0.001, \n    \"n\": \"nomatch\", \n    \"o\": \"nomatch\", \n    \"p\": \"nomatch\" \n}\n",
  "expected": false
 },
 {
  "source": "RulerTest.java:509 (WHEN_WeTryAnythingButRules_THEN_Theywork, asserted at line 569)",
  "rule": "{\n\"a\": [ { \"anything-but\": [ \"dad0\",\"dad1\",\"dad2\" ] } ],\n\"b\": [ { \"anything-but\": [ 111, 222, 333 ] } ],\n\"c\": [ { \"anything-but\": \"zdd\" } ],\n\"d\": [ { \"anything-but\": 444 } ],\n\"z\": [ { \"numeric\": [ \">\", 0, \"<\", 1 ] } ],\n\"w\": [ { \"anything-but\": { \"prefix\": \"zax\" } } ],\n\"n\": [ { \"anything-but\": { \"suffix\": \"ing\" } } ],\n\"o\": [ { \"anything-but\": {\"equals-ignore-case\": \"CamelCase\" } } ],\n\"p\": [ { \"anything-but\": {\"equals-ignore-case\": [\"CamelCase\", \"AbC\"] } } ]\n}",
  "event": "{    \"a\": \"abc\",\n    \"b\": 0,\n    \"c\": \"child1\",\n    \"d\": 444,\n    \"w\": \"xaz\",\n    \"z\": 0.999999, \n    \"n\": \"nomatch\", \n    \"o\": \"nomatch\", \n    \"p\": \"nomatch\" \n}\n",
  "expected": false
 },
 {
  "source": "RulerTest.java:520 (WHEN_WeTryAnythingButRules_THEN_Theywork, asserted at line 569)",
  "rule": "{\n\"a\": [ { \"anything-but\": [ \"dad0\",\"dad1\",\"dad2\" ] } ],\n\"b\": [ { \"anything-but\": [ 111, 222, 333 ] } ],\n\"c\": [ { \"anything-but\": \"zdd\" } ],\n\"d\": [ { \"anything-but\": 444 } ],\n\"z\": [ { \"numeric\": [ \">\", 0, \"<\", 1 ] } ],\n\"w\": [ { \"anything-but\": { \"prefix\": \"zax\" } } ],\n\"n\": [ { \"anything-but\": { \"suffix\": \"ing\" } } ],\n\"o\": [ { \"anything-but\": {\"equals-ignore-case\": \"CamelCase\" } } ],\n\"p\": [ { \"anything-but\": {\"equals-ignore-case\": [\"CamelCase\", \"AbC\"] } } ]\n}",
  "event": "{    \"a\": \"child1\",\n    \"b\": \"444\",\n    \"c\": \"child1\",\n    \"d\": 123,\n    \"w\": \"zaxonie\",\n    \"z\": 0.001, \n    \"n\": \"nomatch\", \n    \"o\": \"nomatch\", \n    \"p\": \"nomatch\" \n}\n",
  "expected": false
 },
 {
  "source": "RulerTest.java:531 (WHEN_WeTryAnythingButRules_THEN_Theywork, asserted at line 569)",
  "rule": "{\n\"a\": [ { \"anything-but\": [ \"dad0\",\"dad1\",\"dad2\" ] } ],\n\"b\": [ { \"anything-but\": [ 111, 222, 333 ] } ],\n\"c\": [ { \"anything-but\": \"zdd\" } ],\n\"d\": [ { \"anything-but\": 444 } ],\n\"z\": [ { \"numeric\": [ \">\", 0, \"<\", 1 ] } ],\n\"w\": [ { \"anything-but\": { \"prefix\": \"zax\" } } ],\n\"n\": [ { \"anything-but\": { \"suffix\": \"ing\" } } ],\n\"o\": [ { \"anything-but\": {\"equals-ignore-case\": \"CamelCase\" } } ],\n\"p\": [ { \"anything-but\": {\"equals-ignore-case\": [\"CamelCase\", \"AbC\"] } } ]\n}",
  "event": "{    \"a\": \"child1\",\n    \"b\": \"444\",\n    \"c\": \"child1\",\n    \"d\": 123,\n    \"w\": \"xaz\",\n    \"z\": 0.001, \n    \"n\": \"matching\", \n    \"o\": \"nomatch\", \n    \"p\": \"nomatch\" \n}\n",
  "expected": false
 },
 {
  "source": "RulerTest.java:542 (WHEN_WeTryAnythingButRules_THEN_Theywork, asserted at line 569)",
  "rule": "{\n\"a\": [ { \"anything-but\": [ \"dad0\",\"dad1\",\"dad2\" ] } ],\n\"b\": [ { \"anything-but\": [ 111, 222, 333 ] } ],\n\"c\": [ { \"anything-but\": \"zdd\" } ],\n\"d\": [ { \"anything-but\": 444 } ],\n\"z\": [ { \"numeric\": [ \">\", 0, \"<\", 1 ] } ],\n\"w\": [ { \"anything-but\": { \"prefix\": \"zax\" } } ],\n\"n\": [ { \"anything-but\": { \"suffix\": \"ing\" } } ],\n\"o\": [ { \"anything-but\": {\"equals-ignore-case\": \"CamelCase\" } } ],\n\"p\": [ { \"anything-but\": {\"equals-ignore-case\": [\"CamelCase\", \"AbC\"] } } ]\n}",
  "event": "{    \"a\": \"child1\",\n    \"b\": \"444\",\n    \"c\": \"child1\",\n    \"d\": 123,\n    \"w\": \"xaz\",\n    \"z\": 0.001, \n    \"n\": \"nomatch\", \n    \"o\": \"camelcase\", \n    \"p\": \"nomatch\" \n}\n",
  "expected": false
 },
 {
  "source": "RulerTest.java:553 (WHEN_WeTryAnythingButRules_THEN_Theywork, asserted at line 569)",
  "rule": "{\n\"a\": [ { \"anything-but\": [ \"dad0\",\"dad1\",\"dad2\" ] } ],\n\"b\": [ { \"anything-but\": [ 111, 222, 333 ] } ],\n\"c\": [ { \"anything-but\": \"zdd\" } ],\n\"d\": [ { \"anything-but\": 444 } ],\n\"z\": [ { \"numeric\": [ \">\", 0, \"<\", 1 ] } ],\n\"w\": [ { \"anything-but\": { \"prefix\": \"zax\" } } ],\n\"n\": [ { \"anything-but\": { \"suffix\": \"ing\" } } ],\n\"o\": [ { \"anything-but\": {\"equals-ignore-case\": \"CamelCase\" } } ],\n\"p\": [ { \"anything-but\": {\"equals-ignore-case\": [\"CamelCase\", \"AbC\"] } } ]\n}",
  "event": "{    \"a\": \"child1\",\n    \"b\": \"444\",\n    \"c\": \"child1\",\n    \"d\": 123,\n    \"w\": \"xaz\",\n    \"z\": 0.001, \n    \"n\": \"nomatch\", \n    \"o\": \"nomatch\", \n    \"p\": \"abc\" \n}\n",
  "expected": false
 },
 {
  "source": "RulerTest.java:582 (WHEN_WeTryEqualsIgnoreCaseRules_THEN_TheyWork, asserted at line 610)",
  "rule": "{\n\"a\": [ { \"equals-ignore-case\": \"aBc\" } ],\n\"b\": [ { \"equals-ignore-case\": \"Def\" } ],\n\"c\": [ { \"equals-ignore-case\": \"xyZ\" } ]\n}",
  "event": "{    \"a\": \"ABC\",\n    \"b\": \"defx\",\n    \"c\": \"xYz\",\n    \"d\": \"rst\"\n}\n",
  "expected": false
 },
 {
  "source": "RulerTest.java:588 (WHEN_WeTryEqualsIgnoreCaseRules_THEN_TheyWork, asserted at line 610)",
  "rule": "{\n\"a\": [ { \"equals-ignore-case\": \"aBc\" } ],\n\"b\": [ { \"equals-ignore-case\": \"Def\" } ],\n\"c\": [ { \"equals-ignore-case\": \"xyZ\" } ]\n}",
  "event": "{    \"a\": \"ABC\",\n    \"c\": \"xYz\",\n    \"d\": \"rst\"\n}\n",
  "expected": false
 },
 {
  "source": "RulerTest.java:593 (WHEN_WeTryEqualsIgnoreCaseRules_THEN_TheyWork, asserted at line 610)",
  "rule": "{\n\"a\": [ { \"equals-ignore-case\": \"aBc\" } ],\n\"b\": [ { \"equals-ignore-case\": \"Def\" } ],\n\"c\": [ { \"equals-ignore-case\": \"xyZ\" } ]\n}",
  "event": "{    \"a\": \"ABC\",\n    \"b\": \"xYz\",\n    \"c\": \"def\",\n    \"d\": \"rst\"\n}\n",
  "expected": false
 },
 {
  "source": "RulerTest.java:599 (WHEN_WeTryEqualsIgnoreCaseRules_THEN_TheyWork, asserted at line 610)",
  "rule": "{\n\"a\": [ { \"equals-ignore-case\": \"aBc\" } ],\n\"b\": [ { \"equals-ignore-case\": \"Def\" } ],\n\"c\": [ { \"equals-ignore-case\": \"xyZ\" } ]\n}",
  "event": "{    \"a\": \"ABC\",\n    \"b\": \"def\",\n    \"c\": \"xYz\",\n    \"d\": \"rst\"\n}\n",
  "expected": true
 },
 {
  "source": "RulerTest.java:624 (WHEN_WeTryWildcardRules_THEN_TheyWork, asserted at line 652)",
  "rule": "{\n\"a\": [ { \"wildcard\": \"*bc\" } ],\n\"b\": [ { \"wildcard\": \"d*f\" } ],\n\"c\": [ { \"wildcard\": \"xy*\" } ],\n\"d\": [ { \"wildcard\": \"xy*\" } ]\n}",
  "event": "{    \"a\": \"abcbc\",\n    \"b\": \"deeeefx\",\n    \"c\": \"xy\",\n    \"d\": \"xyzzz\"\n}\n",
  "expected": false
 },
 {
  "source": "RulerTest.java:630 (WHEN_WeTryWildcardRules_THEN_TheyWork, asserted at line 652)",
  "rule": "{\n\"a\": [ { \"wildcard\": \"*bc\" } ],\n\"b\": [ { \"wildcard\": \"d*f\" } ],\n\"c\": [ { \"wildcard\": \"xy*\" } ],\n\"d\": [ { \"wildcard\": \"xy*\" } ]\n}",
  "event": "{    \"a\": \"abcbc\",\n    \"b\": \"deeeef\",\n    \"d\": \"xyzzz\"\n}\n",
  "expected": false
 },
 {
  "source": "RulerTest.java:635 (WHEN_WeTryWildcardRules_THEN_TheyWork, asserted at line 652)",
  "rule": "{\n\"a\": [ { \"wildcard\": \"*bc\" } ],\n\"b\": [ { \"wildcard\": \"d*f\" } ],\n\"c\": [ { \"wildcard\": \"xy*\" } ],\n\"d\": [ { \"wildcard\": \"xy*\" } ]\n}",
  "event": "{    \"a\": \"abcbc\",\n    \"b\": \"xy\",\n    \"c\": \"deeeef\",\n    \"d\": \"xyzzz\"\n}\n",
  "expected": false
 },
 {
  "source": "RulerTest.java:641 (WHEN_WeTryWildcardRules_THEN_TheyWork, asserted at line 652)",
  "rule": "{\n\"a\": [ { \"wildcard\": \"*bc\" } ],\n\"b\": [ { \"wildcard\": \"d*f\" } ],\n\"c\": [ { \"wildcard\": \"xy*\" } ],\n\"d\": [ { \"wildcard\": \"xy*\" } ]\n}",
  "event": "{    \"a\": \"abcbc\",\n    \"b\": \"deeeef\",\n    \"c\": \"xy\",\n    \"d\": \"xyzzz\"\n}\n",
  "expected": true
 },
 {
  "source": "GenericMachineTest.java:177 (nestedArraysTest, rulesForJSONEvent): data/arrayRule1.json vs data/arrayEvent1.json",
  "rule": "{\n  \"source\": [\"aws.cloudwatch\"],\n  \"detail-type\": [\"CloudWatch Alarm State Change\"],\n  \"detail\": {\n    \"state\": {\n      \"value\": [\"ALARM\"]\n    },\n    \"configuration\": {\n      \"metrics\": {\n        \"metricStat\": {\n          \"metric\": {\n            \"namespace\": [\"AWS/EC2\"]\n          }\n        }\n      }\n    }\n  }\n}",
  "event": "{\n  \"source\": \"aws.cloudwatch\",\n  \"detail-type\": \"CloudWatch Alarm State Change\",\n  \"detail\": {\n    \"alarmName\": \"CPUAlarm\",\n    \"state\": {\n      \"value\": \"ALARM\"\n    },\n    \"previousState\": {\n      \"value\": \"OK\"\n    },\n    \"configuration\": {\n      \"evaluationPeriods\": 3,\n      \"datapointsToAlarm\": 3,\n      \"description\": \"CPU utilization of EC2 instance 1 has gone above 90%\",\n      \"metrics\" : [\n        {\n          \"id\": \"M1\",\n          \"label\": \"CPU\",\n          \"metricStat\" : {\n            \"metric\": {\n              \"dimensions\": {\n                \"instanceId\": \"1\"\n              },\n              \"metricName\": \"CPUUtilization\",\n              \"namespace\": \"AWS/EC2\"\n            },\n            \"period\" : 60,\n            \"stat\" : \"avg\",\n            \"unit\": null\n          }\n        }\n      ],\n      \"timestamp\": \"2017-06-21T12:04:03.125Z\",\n      \"threshold\": 90,\n      \"treatMissingData\": \"ignore\"\n    }\n  }\n}",
  "expected": true
 },
 {
  "source": "GenericMachineTest.java:177 (nestedArraysTest, rulesForJSONEvent): data/arrayRule2.json vs data/arrayEvent1.json",
  "rule": "{\n  \"source\": [\"aws.cloudwatch\"],\n  \"detail-type\": [\"CloudWatch Alarm State Change\"],\n  \"detail\": {\n    \"state\": {\n      \"value\": [\"ALARM\"]\n    },\n    \"configuration\": {\n      \"metrics\": {\n        \"metricStat\": {\n          \"metric\": {\n            \"metricName\": [\"CPUUtilization\"]\n          }\n        }\n      }\n    }\n  }\n}",
  "event": "{\n  \"source\": \"aws.cloudwatch\",\n  \"detail-type\": \"CloudWatch Alarm State Change\",\n  \"detail\": {\n    \"alarmName\": \"CPUAlarm\",\n    \"state\": {\n      \"value\": \"ALARM\"\n    },\n    \"previousState\": {\n      \"value\": \"OK\"\n    },\n    \"configuration\": {\n      \"evaluationPeriods\": 3,\n      \"datapointsToAlarm\": 3,\n      \"description\": \"CPU utilization of EC2 instance 1 has gone above 90%\",\n      \"metrics\" : [\n        {\n          \"id\": \"M1\",\n          \"label\": \"CPU\",\n          \"metricStat\" : {\n            \"metric\": {\n              \"dimensions\": {\n                \"instanceId\": \"1\"\n              },\n              \"metricName\": \"CPUUtilization\",\n              \"namespace\": \"AWS/EC2\"\n            },\n            \"period\" : 60,\n            \"stat\" : \"avg\",\n            \"unit\": null\n          }\n        }\n      ],\n      \"timestamp\": \"2017-06-21T12:04:03.125Z\",\n      \"threshold\": 90,\n      \"treatMissingData\": \"ignore\"\n    }\n  }\n}",
  "expected": true
 },
 {
  "source": "GenericMachineTest.java:177 (nestedArraysTest, rulesForJSONEvent): data/arrayRule3.json vs data/arrayEvent1.json",
  "rule": "{\n  \"metrics\": {\n    \"metricName\": [ \"CPUUtilization\" ],\n    \"namespace\": [ \"AWS/ES\" ]\n  }\n}",
  "event": "{\n  \"source\": \"aws.cloudwatch\",\n  \"detail-type\": \"CloudWatch Alarm State Change\",\n  \"detail\": {\n    \"alarmName\": \"CPUAlarm\",\n    \"state\": {\n      \"value\": \"ALARM\"\n    },\n    \"previousState\": {\n      \"value\": \"OK\"\n    },\n    \"configuration\": {\n      \"evaluationPeriods\": 3,\n      \"datapointsToAlarm\": 3,\n      \"description\": \"CPU utilization of EC2 instance 1 has gone above 90%\",\n      \"metrics\" : [\n        {\n          \"id\": \"M1\",\n          \"label\": \"CPU\",\n          \"metricStat\" : {\n            \"metric\": {\n              \"dimensions\": {\n                \"instanceId\": \"1\"\n              },\n              \"metricName\": \"CPUUtilization\",\n              \"namespace\": \"AWS/EC2\"\n            },\n            \"period\" : 60,\n            \"stat\" : \"avg\",\n            \"unit\": null\n          }\n        }\n      ],\n      \"timestamp\": \"2017-06-21T12:04:03.125Z\",\n      \"threshold\": 90,\n      \"treatMissingData\": \"ignore\"\n    }\n  }\n}",
  "expected": false
 },
 {
  "source": "GenericMachineTest.java:185 (nestedArraysTest, rulesForJSONEvent): data/arrayRule1.json vs data/arrayEvent2.json",
  "rule": "{\n  \"source\": [\"aws.cloudwatch\"],\n  \"detail-type\": [\"CloudWatch Alarm State Change\"],\n  \"detail\": {\n    \"state\": {\n      \"value\": [\"ALARM\"]\n    },\n    \"configuration\": {\n      \"metrics\": {\n        \"metricStat\": {\n          \"metric\": {\n            \"namespace\": [\"AWS/EC2\"]\n          }\n        }\n      }\n    }\n  }\n}",
  "event": "{\n  \"source\": \"aws.cloudwatch\",\n  \"detail-type\": \"CloudWatch Alarm State Change\",\n  \"detail\": {\n    \"alarmName\": \"DynamoCapacityPercentage\",\n    \"state\": {\n      \"value\": \"ALARM\"\n    },\n    \"previousState\": {\n      \"value\": \"OK\"\n    },\n    \"configuration\": {\n      \"evaluationPeriods\": 3,\n      \"datapointsToAlarm\": 3,\n      \"description\": \"There is less than 10% of DynamoDB capacity remaining\",\n      \"metrics\" : [\n        {\n          \"id\" : \"M1\",\n          \"label\" : \"UsedDynamoCapacity\",\n          \"metricStat\" : {\n            \"metric\": {\n              \"metricName\": \"ConsumedReadCapacityUnits\",\n              \"namespace\": \"AWS/DynamoDB\"\n            },\n            \"period\" : 60,\n            \"stat\" : \"avg\",\n            \"unit\": null\n          }\n        },\n        {\n          \"id\": \"M2\",\n          \"label\": \"TotalDynamoCapacity\",\n          \"metricStat\": {\n            \"metric\": {\n              \"metricName\": \"ProvisionedReadCapacityUnits\",\n              \"namespace\": \"AWS/DynamoDB\"\n            },\n            \"period\" : 60,\n            \"stat\" : \"avg\",\n            \"unit\": null\n          }\n        },\n        {\n          \"id\": \"E1\",\n          \"label\": \"PercentageCapacityUsed\",\n          \"expression\": \"(M1 / M2) * 100\"\n        }\n      ],\n      \"timestamp\": \"2017-06-21T12:04:03.125Z\",\n      \"threshold\": 90,\n      \"treatMissingData\": \"ignore\"\n    }\n  }\n}\n",
  "expected": false
 },
 {
  "source": "GenericMachineTest.java:185 (nestedArraysTest, rulesForJSONEvent): data/arrayRule2.json vs data/arrayEvent2.json",
  "rule": "{\n  \"source\": [\"aws.cloudwatch\"],\n  \"detail-type\": [\"CloudWatch Alarm State Change\"],\n  \"detail\": {\n    \"state\": {\n      \"value\": [\"ALARM\"]\n    },\n    \"configuration\": {\n      \"metrics\": {\n        \"metricStat\": {\n          \"metric\": {\n            \"metricName\": [\"CPUUtilization\"]\n          }\n        }\n      }\n    }\n  }\n}",
  "event": "{\n  \"source\": \"aws.cloudwatch\",\n  \"detail-type\": \"CloudWatch Alarm State Change\",\n  \"detail\": {\n    \"alarmName\": \"DynamoCapacityPercentage\",\n    \"state\": {\n      \"value\": \"ALARM\"\n    },\n    \"previousState\": {\n      \"value\": \"OK\"\n    },\n    \"configuration\": {\n      \"evaluationPeriods\": 3,\n      \"datapointsToAlarm\": 3,\n      \"description\": \"There is less than 10% of DynamoDB capacity remaining\",\n      \"metrics\" : [\n        {\n          \"id\" : \"M1\",\n          \"label\" : \"UsedDynamoCapacity\",\n          \"metricStat\" : {\n            \"metric\": {\n              \"metricName\": \"ConsumedReadCapacityUnits\",\n              \"namespace\": \"AWS/DynamoDB\"\n            },\n            \"period\" : 60,\n            \"stat\" : \"avg\",\n            \"unit\": null\n          }\n        },\n        {\n          \"id\": \"M2\",\n          \"label\": \"TotalDynamoCapacity\",\n          \"metricStat\": {\n            \"metric\": {\n              \"metricName\": \"ProvisionedReadCapacityUnits\",\n              \"namespace\": \"AWS/DynamoDB\"\n            },\n            \"period\" : 60,\n            \"stat\" : \"avg\",\n            \"unit\": null\n          }\n        },\n        {\n          \"id\": \"E1\",\n          \"label\": \"PercentageCapacityUsed\",\n          \"expression\": \"(M1 / M2) * 100\"\n        }\n      ],\n      \"timestamp\": \"2017-06-21T12:04:03.125Z\",\n      \"threshold\": 90,\n      \"treatMissingData\": \"ignore\"\n    }\n  }\n}\n",
  "expected": false
 },
 {
  "source": "GenericMachineTest.java:185 (nestedArraysTest, rulesForJSONEvent): data/arrayRule3.json vs data/arrayEvent2.json",
  "rule": "{\n  \"metrics\": {\n    \"metricName\": [ \"CPUUtilization\" ],\n    \"namespace\": [ \"AWS/ES\" ]\n  }\n}",
  "event": "{\n  \"source\": \"aws.cloudwatch\",\n  \"detail-type\": \"CloudWatch Alarm State Change\",\n  \"detail\": {\n    \"alarmName\": \"DynamoCapacityPercentage\",\n    \"state\": {\n      \"value\": \"ALARM\"\n    },\n    \"previousState\": {\n      \"value\": \"OK\"\n    },\n    \"configuration\": {\n      \"evaluationPeriods\": 3,\n      \"datapointsToAlarm\": 3,\n      \"description\": \"There is less than 10% of DynamoDB capacity remaining\",\n      \"metrics\" : [\n        {\n          \"id\" : \"M1\",\n          \"label\" : \"UsedDynamoCapacity\",\n          \"metricStat\" : {\n            \"metric\": {\n              \"metricName\": \"ConsumedReadCapacityUnits\",\n              \"namespace\": \"AWS/DynamoDB\"\n            },\n            \"period\" : 60,\n            \"stat\" : \"avg\",\n            \"unit\": null\n          }\n        },\n        {\n          \"id\": \"M2\",\n          \"label\": \"TotalDynamoCapacity\",\n          \"metricStat\": {\n            \"metric\": {\n              \"metricName\": \"ProvisionedReadCapacityUnits\",\n              \"namespace\": \"AWS/DynamoDB\"\n            },\n            \"period\" : 60,\n            \"stat\" : \"avg\",\n            \"unit\": null\n          }\n        },\n        {\n          \"id\": \"E1\",\n          \"label\": \"PercentageCapacityUsed\",\n          \"expression\": \"(M1 / M2) * 100\"\n        }\n      ],\n      \"timestamp\": \"2017-06-21T12:04:03.125Z\",\n      \"threshold\": 90,\n      \"treatMissingData\": \"ignore\"\n    }\n  }\n}\n",
  "expected": false
 },
 {
  "source": "GenericMachineTest.java:193 (nestedArraysTest, rulesForJSONEvent): data/arrayRule1.json vs data/arrayEvent3.json",
  "rule": "{\n  \"source\": [\"aws.cloudwatch\"],\n  \"detail-type\": [\"CloudWatch Alarm State Change\"],\n  \"detail\": {\n    \"state\": {\n      \"value\": [\"ALARM\"]\n    },\n    \"configuration\": {\n      \"metrics\": {\n        \"metricStat\": {\n          \"metric\": {\n            \"namespace\": [\"AWS/EC2\"]\n          }\n        }\n      }\n    }\n  }\n}",
  "event": "{\n  \"metrics\": [\n    {\n      \"metricName\": \"CPUUtilization\",\n      \"namespace\": \"AWS/EC2\"\n    },\n    {\n      \"metricName\": \"RequestCount\",\n      \"namespace\":  \"AWS/ES\"\n    }\n  ]\n}",
  "expected": false
 },
 {
  "source": "GenericMachineTest.java:193 (nestedArraysTest, rulesForJSONEvent): data/arrayRule2.json vs data/arrayEvent3.json",
  "rule": "{\n  \"source\": [\"aws.cloudwatch\"],\n  \"detail-type\": [\"CloudWatch Alarm State Change\"],\n  \"detail\": {\n    \"state\": {\n      \"value\": [\"ALARM\"]\n    },\n    \"configuration\": {\n      \"metrics\": {\n        \"metricStat\": {\n          \"metric\": {\n            \"metricName\": [\"CPUUtilization\"]\n          }\n        }\n      }\n    }\n  }\n}",
  "event": "{\n  \"metrics\": [\n    {\n      \"metricName\": \"CPUUtilization\",\n      \"namespace\": \"AWS/EC2\"\n    },\n    {\n      \"metricName\": \"RequestCount\",\n      \"namespace\":  \"AWS/ES\"\n    }\n  ]\n}",
  "expected": false
 },
 {
  "source": "GenericMachineTest.java:193 (nestedArraysTest, rulesForJSONEvent): data/arrayRule3.json vs data/arrayEvent3.json",
  "rule": "{\n  \"metrics\": {\n    \"metricName\": [ \"CPUUtilization\" ],\n    \"namespace\": [ \"AWS/ES\" ]\n  }\n}",
  "event": "{\n  \"metrics\": [\n    {\n      \"metricName\": \"CPUUtilization\",\n      \"namespace\": \"AWS/EC2\"\n    },\n    {\n      \"metricName\": \"RequestCount\",\n      \"namespace\":  \"AWS/ES\"\n    }\n  ]\n}",
  "expected": false
 },
 {
  "source": "GenericMachineTest.java:198 (nestedArraysTest, rulesForJSONEvent): data/arrayRule1.json vs data/arrayEvent4.json",
  "rule": "{\n  \"source\": [\"aws.cloudwatch\"],\n  \"detail-type\": [\"CloudWatch Alarm State Change\"],\n  \"detail\": {\n    \"state\": {\n      \"value\": [\"ALARM\"]\n    },\n    \"configuration\": {\n      \"metrics\": {\n        \"metricStat\": {\n          \"metric\": {\n            \"namespace\": [\"AWS/EC2\"]\n          }\n        }\n      }\n    }\n  }\n}",
  "event": "{\n  \"metrics\": [\n    {\n      \"metricName\": \"CPUUtilization\",\n      \"namespace\": \"AWS/ES\"\n    }\n  ]\n}",
  "expected": false
 },
 {
  "source": "GenericMachineTest.java:198 (nestedArraysTest, rulesForJSONEvent): data/arrayRule2.json vs data/arrayEvent4.json",
  "rule": "{\n  \"source\": [\"aws.cloudwatch\"],\n  \"detail-type\": [\"CloudWatch Alarm State Change\"],\n  \"detail\": {\n    \"state\": {\n      \"value\": [\"ALARM\"]\n    },\n    \"configuration\": {\n      \"metrics\": {\n        \"metricStat\": {\n          \"metric\": {\n            \"metricName\": [\"CPUUtilization\"]\n          }\n        }\n      }\n    }\n  }\n}",
  "event": "{\n  \"metrics\": [\n    {\n      \"metricName\": \"CPUUtilization\",\n      \"namespace\": \"AWS/ES\"\n    }\n  ]\n}",
  "expected": false
 },
 {
  "source": "GenericMachineTest.java:198 (nestedArraysTest, rulesForJSONEvent): data/arrayRule3.json vs data/arrayEvent4.json",
  "rule": "{\n  \"metrics\": {\n    \"metricName\": [ \"CPUUtilization\" ],\n    \"namespace\": [ \"AWS/ES\" ]\n  }\n}",
  "event": "{\n  \"metrics\": [\n    {\n      \"metricName\": \"CPUUtilization\",\n      \"namespace\": \"AWS/ES\"\n    }\n  ]\n}",
  "expected": true
 },
 {
  "source": "resources/correctness-cases.json #0 \"flat: 2-field exists, both present\" (answer recorded from Ruler.matchesRule)",
  "rule": "{\"d\":{\"a\":[{\"exists\":true}],\"b\":[{\"exists\":true}]}}",
  "event": "{\"d\":{\"a\":1,\"b\":2}}",
  "expected": true
 },
 {
  "source": "resources/correctness-cases.json #1 \"flat: 2-field exists, one missing\" (answer recorded from Ruler.matchesRule)",
  "rule": "{\"d\":{\"a\":[{\"exists\":true}],\"b\":[{\"exists\":true}]}}",
  "event": "{\"d\":{\"a\":1}}",
  "expected": false
 },
 {
  "source": "resources/correctness-cases.json #2 \"flat: exact match\" (answer recorded from Ruler.matchesRule)",
  "rule": "{\"d\":{\"a\":[\"hello\"],\"b\":[\"world\"]}}",
  "event": "{\"d\":{\"a\":\"hello\",\"b\":\"world\"}}",
  "expected": true
 },
 {
  "source": "resources/correctness-cases.json #3 \"flat: exact mismatch\" (answer recorded from Ruler.matchesRule)",
  "rule": "{\"d\":{\"a\":[\"hello\"],\"b\":[\"world\"]}}",
  "event": "{\"d\":{\"a\":\"hello\",\"b\":\"nope\"}}",
  "expected": false
 },
 {
  "source": "resources/correctness-cases.json #4 \"flat: prefix\" (answer recorded from Ruler.matchesRule)",
  "rule": "{\"d\":{\"a\":[{\"prefix\":\"hel\"}]}}",
  "event": "{\"d\":{\"a\":\"hello\"}}",
  "expected": true
 },
 {
  "source": "resources/correctness-cases.json #5 \"flat: numeric range\" (answer recorded from Ruler.matchesRule)",
  "rule": "{\"d\":{\"x\":[{\"numeric\":[\">\",0,\"<\",100]}]}}",
  "event": "{\"d\":{\"x\":50}}",
  "expected": true
 },
 {
  "source": "resources/correctness-cases.json #6 \"flat: anything-but\" (answer recorded from Ruler.matchesRule)",
  "rule": "{\"d\":{\"s\":[{\"anything-but\":\"banned\"}]}}",
  "event": "{\"d\":{\"s\":\"active\"}}",
  "expected": true
 },
 {
  "source": "resources/correctness-cases.json #7 \"objarray: same element\" (answer recorded from Ruler.matchesRule)",
  "rule": "{\"d\":{\"a\":[{\"exists\":true}],\"b\":[{\"exists\":true}]}}",
  "event": "{\"d\":[{\"a\":1,\"b\":2}]}",
  "expected": true
 },
 {
  "source": "resources/correctness-cases.json #8 \"objarray: split\" (answer recorded from Ruler.matchesRule)",
  "rule": "{\"d\":{\"a\":[{\"exists\":true}],\"b\":[{\"exists\":true}]}}",
  "event": "{\"d\":[{\"a\":1},{\"b\":2}]}",
  "expected": false
 },
 {
  "source": "resources/correctness-cases.json #9 \"objarray: 3 elem, last valid\" (answer recorded from Ruler.matchesRule)",
  "rule": "{\"d\":{\"a\":[{\"exists\":true}],\"b\":[{\"exists\":true}]}}",
  "event": "{\"d\":[{\"a\":1},{\"b\":2},{\"a\":3,\"b\":4}]}",
  "expected": true
 },
 {
  "source": "resources/correctness-cases.json #10 \"objarray: 3-field, all in one\" (answer recorded from Ruler.matchesRule)",
  "rule": "{\"d\":{\"a\":[{\"exists\":true}],\"b\":[{\"exists\":true}],\"c\":[{\"exists\":true}]}}",
  "event": "{\"d\":[{\"a\":1,\"b\":2,\"c\":3}]}",
  "expected": true
 },
 {
  "source": "resources/correctness-cases.json #11 \"objarray: 3-field, split 3 ways\" (answer recorded from Ruler.matchesRule)",
  "rule": "{\"d\":{\"a\":[{\"exists\":true}],\"b\":[{\"exists\":true}],\"c\":[{\"exists\":true}]}}",
  "event": "{\"d\":[{\"a\":1},{\"b\":2},{\"c\":3}]}",
  "expected": false
 },
 {
  "source": "resources/correctness-cases.json #12 \"objarray: exact same elem\" (answer recorded from Ruler.matchesRule)",
  "rule": "{\"d\":{\"name\":[\"alice\"],\"status\":[\"active\"]}}",
  "event": "{\"d\":[{\"name\":\"alice\",\"status\":\"active\"}]}",
  "expected": true
 },
 {
  "source": "resources/correctness-cases.json #13 \"objarray: exact split\" (answer recorded from Ruler.matchesRule)",
  "rule": "{\"d\":{\"name\":[\"alice\"],\"status\":[\"active\"]}}",
  "event": "{\"d\":[{\"name\":\"alice\"},{\"status\":\"active\"}]}",
  "expected": false
 },
 {
  "source": "resources/correctness-cases.json #14 \"objarray: prefix same\" (answer recorded from Ruler.matchesRule)",
  "rule": "{\"d\":{\"name\":[{\"prefix\":\"al\"}],\"status\":[{\"exists\":true}]}}",
  "event": "{\"d\":[{\"name\":\"alice\",\"status\":\"ok\"}]}",
  "expected": true
 },
 {
  "source": "resources/correctness-cases.json #15 \"objarray: prefix split\" (answer recorded from Ruler.matchesRule)",
  "rule": "{\"d\":{\"name\":[{\"prefix\":\"al\"}],\"status\":[{\"exists\":true}]}}",
  "event": "{\"d\":[{\"name\":\"alice\"},{\"status\":\"ok\"}]}",
  "expected": false
 },
 {
  "source": "resources/correctness-cases.json #16 \"primarray: exists\" (answer recorded from Ruler.matchesRule)",
  "rule": "{\"d\":{\"tags\":[{\"exists\":true}],\"name\":[{\"exists\":true}]}}",
  "event": "{\"d\":{\"tags\":[\"a\",\"b\"],\"name\":\"x\"}}",
  "expected": true
 },
 {
  "source": "resources/correctness-cases.json #17 \"primarray: exact match\" (answer recorded from Ruler.matchesRule)",
  "rule": "{\"tags\":[\"admin\"]}",
  "event": "{\"tags\":[\"user\",\"admin\"]}",
  "expected": true
 },
 {
  "source": "resources/correctness-cases.json #18 \"primarray: no match\" (answer recorded from Ruler.matchesRule)",
  "rule": "{\"tags\":[\"superadmin\"]}",
  "event": "{\"tags\":[\"user\",\"admin\"]}",
  "expected": false
 },
 {
  "source": "resources/correctness-cases.json #19 \"nested: inner same\" (answer recorded from Ruler.matchesRule)",
  "rule": "{\"u\":{\"t\":{\"k\":[\"color\"],\"v\":[\"blue\"]}}}",
  "event": "{\"u\":[{\"t\":[{\"k\":\"color\",\"v\":\"blue\"}]}]}",
  "expected": true
 },
 {
  "source": "resources/correctness-cases.json #20 \"nested: inner split\" (answer recorded from Ruler.matchesRule)",
  "rule": "{\"u\":{\"t\":{\"k\":[\"color\"],\"v\":[\"blue\"]}}}",
  "event": "{\"u\":[{\"t\":[{\"k\":\"color\"},{\"v\":\"blue\"}]}]}",
  "expected": false
 },
 {
  "source": "resources/correctness-cases.json #21 \"nested: outer split\" (answer recorded from Ruler.matchesRule)",
  "rule": "{\"d\":{\"name\":[{\"exists\":true}],\"info\":{\"x\":[\"1\"]}}}",
  "event": "{\"d\":[{\"name\":\"alice\"},{\"info\":{\"x\":\"1\"}}]}",
  "expected": false
 },
 {
  "source": "resources/correctness-cases.json #22 \"nested: outer same\" (answer recorded from Ruler.matchesRule)",
  "rule": "{\"d\":{\"name\":[{\"exists\":true}],\"info\":{\"x\":[\"1\"]}}}",
  "event": "{\"d\":[{\"name\":\"alice\",\"info\":{\"x\":\"1\"}}]}",
  "expected": true
 },
 {
  "source": "resources/correctness-cases.json #23 \"nested2: same leaf\" (answer recorded from Ruler.matchesRule)",
  "rule": "{\"a\":{\"b\":{\"x\":[{\"exists\":true}],\"y\":[{\"exists\":true}]}}}",
  "event": "{\"a\":[{\"b\":[{\"x\":1,\"y\":2}]}]}",
  "expected": true
 },
 {
  "source": "resources/correctness-cases.json #24 \"nested2: split leaf\" (answer recorded from Ruler.matchesRule)",
  "rule": "{\"a\":{\"b\":{\"x\":[{\"exists\":true}],\"y\":[{\"exists\":true}]}}}",
  "event": "{\"a\":[{\"b\":[{\"x\":1},{\"y\":2}]}]}",
  "expected": false
 },
 {
  "source": "resources/correctness-cases.json #25 \"mixed: array+scalar match\" (answer recorded from Ruler.matchesRule)",
  "rule": "{\"users\":{\"name\":[{\"exists\":true}]},\"version\":[\"1\"]}",
  "event": "{\"users\":[{\"name\":\"alice\"}],\"version\":\"1\"}",
  "expected": true
 },
 {
  "source": "resources/correctness-cases.json #26 \"mixed: array+scalar fail\" (answer recorded from Ruler.matchesRule)",
  "rule": "{\"users\":{\"name\":[{\"exists\":true}]},\"version\":[\"2\"]}",
  "event": "{\"users\":[{\"name\":\"alice\"}],\"version\":\"1\"}",
  "expected": false
 },
 {
  "source": "resources/correctness-cases.json #27 \"exists-false: absent\" (answer recorded from Ruler.matchesRule)",
  "rule": "{\"d\":{\"a\":[{\"exists\":true}],\"b\":[{\"exists\":false}]}}",
  "event": "{\"d\":[{\"a\":1}]}",
  "expected": true
 },
 {
  "source": "resources/correctness-cases.json #28 \"exists-false: present\" (answer recorded from Ruler.matchesRule)",
  "rule": "{\"d\":{\"a\":[{\"exists\":true}],\"b\":[{\"exists\":false}]}}",
  "event": "{\"d\":[{\"a\":1,\"b\":2}]}",
  "expected": false
 },
 {
  "source": "resources/correctness-cases.json #29 \"empty object\" (answer recorded from Ruler.matchesRule)",
  "rule": "{\"d\":{\"a\":[{\"exists\":true}]}}",
  "event": "{}",
  "expected": false
 },
 {
  "source": "resources/correctness-cases.json #30 \"empty array\" (answer recorded from Ruler.matchesRule)",
  "rule": "{\"d\":{\"a\":[{\"exists\":true}]}}",
  "event": "{\"d\":[]}",
  "expected": false
 },
 {
  "source": "resources/correctness-cases.json #31 \"single-field rule\" (answer recorded from Ruler.matchesRule)",
  "rule": "{\"d\":{\"a\":[{\"exists\":true}]}}",
  "event": "{\"d\":[{\"a\":1},{\"a\":2}]}",
  "expected": true
 },
 {
  "source": "resources/correctness-cases.json #32 \"many elem one valid\" (answer recorded from Ruler.matchesRule)",
  "rule": "{\"d\":{\"a\":[\"target\"],\"b\":[\"found\"]}}",
  "event": "{\"d\":[{\"a\":\"x\"},{\"a\":\"y\"},{\"a\":\"target\",\"b\":\"found\"},{\"a\":\"z\"}]}",
  "expected": true
 },
 {
  "source": "resources/correctness-cases.json #33 \"numeric+exists array\" (answer recorded from Ruler.matchesRule)",
  "rule": "{\"i\":{\"p\":[{\"numeric\":[\">\",0,\"<\",100]}],\"n\":[{\"exists\":true}]}}",
  "event": "{\"i\":[{\"n\":\"w\",\"p\":50},{\"n\":\"g\",\"p\":200}]}",
  "expected": true
 },
 {
  "source": "resources/correctness-cases.json #34 \"anything-but array\" (answer recorded from Ruler.matchesRule)",
  "rule": "{\"u\":{\"s\":[{\"anything-but\":\"banned\"}],\"n\":[{\"exists\":true}]}}",
  "event": "{\"u\":[{\"n\":\"alice\",\"s\":\"banned\"},{\"n\":\"bob\",\"s\":\"active\"}]}",
  "expected": true
 },
 {
  "source": "resources/correctness-cases.json #35 \"primarray: large + scalar, exists\" (answer recorded from Ruler.matchesRule)",
  "rule": "{\"d\":{\"tags\":[{\"exists\":true}],\"type\":[{\"exists\":true}]}}",
  "event": "{\"d\":{\"tags\":[\"a\",\"b\",\"c\"],\"type\":\"GROUP\"}}",
  "expected": true
 },
 {
  "source": "resources/correctness-cases.json #36 \"primarray: large + scalar, prefix\" (answer recorded from Ruler.matchesRule)",
  "rule": "{\"d\":{\"tags\":[{\"prefix\":\"ad\"}],\"type\":[{\"exists\":true}]}}",
  "event": "{\"d\":{\"tags\":[\"admin\",\"user\",\"dev\"],\"type\":\"GROUP\"}}",
  "expected": true
 },
 {
  "source": "resources/correctness-cases.json #37 \"primarray: large + scalar, no match\" (answer recorded from Ruler.matchesRule)",
  "rule": "{\"d\":{\"tags\":[{\"prefix\":\"super\"}],\"type\":[{\"exists\":true}]}}",
  "event": "{\"d\":{\"tags\":[\"admin\",\"user\",\"dev\"],\"type\":\"GROUP\"}}",
  "expected": false
 },
 {
  "source": "resources/correctness-cases.json #38 \"primarray: nested under object\" (answer recorded from Ruler.matchesRule)",
  "rule": "{\"detail\":{\"data\":{\"name\":[{\"exists\":true}],\"type\":[{\"exists\":true}]}}}",
  "event": "{\"detail\":{\"data\":{\"name\":[\"alice\",\"bob\"],\"type\":\"GROUP\"}}}",
  "expected": true
 },
 {
  "source": "resources/correctness-cases.json #39 \"primarray: two prim arrays + scalar\" (answer recorded from Ruler.matchesRule)",
  "rule": "{\"tags\":[{\"exists\":true}],\"cats\":[{\"exists\":true}],\"v\":[\"1\"]}",
  "event": "{\"tags\":[\"a\",\"b\"],\"cats\":[\"x\",\"y\"],\"v\":\"1\"}",
  "expected": true
 },
 {
  "source": "resources/correctness-cases.json #40 \"primarray: exact match among many\" (answer recorded from Ruler.matchesRule)",
  "rule": "{\"d\":{\"name\":[\"target\"],\"type\":[\"GROUP\"]}}",
  "event": "{\"d\":{\"name\":[\"a\",\"b\",\"target\",\"c\"],\"type\":\"GROUP\"}}",
  "expected": true
 },
 {
  "source": "resources/correctness-cases.json #41 \"primarray: numeric in array\" (answer recorded from Ruler.matchesRule)",
  "rule": "{\"d\":{\"vals\":[{\"numeric\":[\">\",0,\"<\",10]}],\"type\":[{\"exists\":true}]}}",
  "event": "{\"d\":{\"vals\":[100,5,200],\"type\":\"ok\"}}",
  "expected": true
 },
 {
  "source": "resources/correctness-cases.json #42 \"primarray: anything-but in array\" (answer recorded from Ruler.matchesRule)",
  "rule": "{\"d\":{\"tags\":[{\"anything-but\":\"banned\"}],\"type\":[{\"exists\":true}]}}",
  "event": "{\"d\":{\"tags\":[\"banned\",\"ok\"],\"type\":\"x\"}}",
  "expected": true
 },
 {
  "source": "resources/correctness-cases.json #43 \"primarray: single value array\" (answer recorded from Ruler.matchesRule)",
  "rule": "{\"d\":{\"name\":[{\"exists\":true}],\"type\":[{\"exists\":true}]}}",
  "event": "{\"d\":{\"name\":[\"only\"],\"type\":\"x\"}}",
  "expected": true
 },
 {
  "source": "resources/correctness-cases.json #44 \"primarray: empty prim array\" (answer recorded from Ruler.matchesRule)",
  "rule": "{\"d\":{\"name\":[{\"exists\":true}],\"type\":[{\"exists\":true}]}}",
  "event": "{\"d\":{\"name\":[],\"type\":\"x\"}}",
  "expected": false
 },
 {
  "source": "resources/correctness-cases.json #45 \"mixed: obj-array + prim-array\" (answer recorded from Ruler.matchesRule)",
  "rule": "{\"users\":{\"name\":[{\"exists\":true}]},\"tags\":[\"admin\"]}",
  "event": "{\"users\":[{\"name\":\"alice\"}],\"tags\":[\"admin\",\"user\"]}",
  "expected": true
 },
 {
  "source": "resources/correctness-cases.json #46 \"mixed: obj-array split + prim-array\" (answer recorded from Ruler.matchesRule)",
  "rule": "{\"users\":{\"name\":[{\"exists\":true}],\"email\":[{\"exists\":true}]},\"tags\":[\"admin\"]}",
  "event": "{\"users\":[{\"name\":\"alice\"},{\"email\":\"b@x\"}],\"tags\":[\"admin\"]}",
  "expected": false
 },
 {
  "source": "resources/correctness-cases.json #47 \"deep prim: nested 3 levels\" (answer recorded from Ruler.matchesRule)",
  "rule": "{\"a\":{\"b\":{\"c\":{\"vals\":[{\"exists\":true}],\"type\":[{\"exists\":true}]}}}}",
  "event": "{\"a\":{\"b\":{\"c\":{\"vals\":[\"x\",\"y\",\"z\"],\"type\":\"ok\"}}}}",
  "expected": true
 },
 {
  "source": "resources/correctness-cases.json #48 \"suffix match in array\" (answer recorded from Ruler.matchesRule)",
  "rule": "{\"d\":{\"name\":[{\"suffix\":\"ice\"}],\"type\":[{\"exists\":true}]}}",
  "event": "{\"d\":[{\"name\":\"alice\",\"type\":\"user\"}]}",
  "expected": true
 },
 {
  "source": "resources/correctness-cases.json #49 \"N emails, only last element has name — dedup loses the only valid match\" (answer recorded from Ruler.matchesRule)",
  "rule": "{\"detail\":{\"email\":[{\"exists\":true}],\"name\":[{\"exists\":true}]}}",
  "event": "{\"detail\":[{\"email\":\"a@x\"},{\"email\":\"b@x\"},{\"email\":\"c@x\"},{\"email\":\"d@x\"},{\"email\":\"e@x\",\"name\":\"eve\"}]}",
  "expected": true
 },
 {
  "source": "resources/correctness-cases.json #50 \"suffix match split\" (answer recorded from Ruler.matchesRule)",
  "rule": "{\"d\":{\"name\":[{\"suffix\":\"ice\"}],\"type\":[{\"exists\":true}]}}",
  "event": "{\"d\":[{\"name\":\"alice\"},{\"type\":\"user\"}]}",
  "expected": false
 }
];

export const EVENT_RULER_VALIDITY_CASES: EventRulerValidityCase[] = [
 {
  "source": "JsonRuleCompilerTest.java:290 (testNumericExpressions, goods)",
  "rule": "{\"x\": [{\"numeric\": [\"=\", 3.8]}]}",
  "valid": true
 },
 {
  "source": "JsonRuleCompilerTest.java:290 (testNumericExpressions, goods)",
  "rule": "{\"x\": [{\"numeric\": [\"=\", 0.000033]}]}",
  "valid": true
 },
 {
  "source": "JsonRuleCompilerTest.java:290 (testNumericExpressions, goods)",
  "rule": "{\"x\": [{\"numeric\": [\"=\", -4e-6]}]}",
  "valid": true
 },
 {
  "source": "JsonRuleCompilerTest.java:290 (testNumericExpressions, goods)",
  "rule": "{\"x\": [{\"numeric\": [\"=\", 55555]}]}",
  "valid": true
 },
 {
  "source": "JsonRuleCompilerTest.java:290 (testNumericExpressions, goods)",
  "rule": "{\"x\": [{\"numeric\": [\"=\", 1E-320]}]}",
  "valid": true
 },
 {
  "source": "JsonRuleCompilerTest.java:291 (testNumericExpressions, goods)",
  "rule": "{\"x\": [{\"numeric\": [\"<\", 3.8]}]}",
  "valid": true
 },
 {
  "source": "JsonRuleCompilerTest.java:291 (testNumericExpressions, goods)",
  "rule": "{\"x\": [{\"numeric\": [\"<\", 0.000033]}]}",
  "valid": true
 },
 {
  "source": "JsonRuleCompilerTest.java:291 (testNumericExpressions, goods)",
  "rule": "{\"x\": [{\"numeric\": [\"<\", -4e-6]}]}",
  "valid": true
 },
 {
  "source": "JsonRuleCompilerTest.java:291 (testNumericExpressions, goods)",
  "rule": "{\"x\": [{\"numeric\": [\"<\", 55555]}]}",
  "valid": true
 },
 {
  "source": "JsonRuleCompilerTest.java:291 (testNumericExpressions, goods)",
  "rule": "{\"x\": [{\"numeric\": [\"<\", 1E-320]}]}",
  "valid": true
 },
 {
  "source": "JsonRuleCompilerTest.java:292 (testNumericExpressions, goods)",
  "rule": "{\"x\": [{\"numeric\": [\">\", 3.8]}]}",
  "valid": true
 },
 {
  "source": "JsonRuleCompilerTest.java:292 (testNumericExpressions, goods)",
  "rule": "{\"x\": [{\"numeric\": [\">\", 0.000033]}]}",
  "valid": true
 },
 {
  "source": "JsonRuleCompilerTest.java:292 (testNumericExpressions, goods)",
  "rule": "{\"x\": [{\"numeric\": [\">\", -4e-6]}]}",
  "valid": true
 },
 {
  "source": "JsonRuleCompilerTest.java:292 (testNumericExpressions, goods)",
  "rule": "{\"x\": [{\"numeric\": [\">\", 55555]}]}",
  "valid": true
 },
 {
  "source": "JsonRuleCompilerTest.java:292 (testNumericExpressions, goods)",
  "rule": "{\"x\": [{\"numeric\": [\">\", 1E-320]}]}",
  "valid": true
 },
 {
  "source": "JsonRuleCompilerTest.java:293 (testNumericExpressions, goods)",
  "rule": "{\"x\": [{\"numeric\": [\"<=\", 3.8]}]}",
  "valid": true
 },
 {
  "source": "JsonRuleCompilerTest.java:293 (testNumericExpressions, goods)",
  "rule": "{\"x\": [{\"numeric\": [\"<=\", 0.000033]}]}",
  "valid": true
 },
 {
  "source": "JsonRuleCompilerTest.java:293 (testNumericExpressions, goods)",
  "rule": "{\"x\": [{\"numeric\": [\"<=\", -4e-6]}]}",
  "valid": true
 },
 {
  "source": "JsonRuleCompilerTest.java:293 (testNumericExpressions, goods)",
  "rule": "{\"x\": [{\"numeric\": [\"<=\", 55555]}]}",
  "valid": true
 },
 {
  "source": "JsonRuleCompilerTest.java:293 (testNumericExpressions, goods)",
  "rule": "{\"x\": [{\"numeric\": [\"<=\", 1E-320]}]}",
  "valid": true
 },
 {
  "source": "JsonRuleCompilerTest.java:294 (testNumericExpressions, goods)",
  "rule": "{\"x\": [{\"numeric\": [\">=\", 3.8]}]}",
  "valid": true
 },
 {
  "source": "JsonRuleCompilerTest.java:294 (testNumericExpressions, goods)",
  "rule": "{\"x\": [{\"numeric\": [\">=\", 0.000033]}]}",
  "valid": true
 },
 {
  "source": "JsonRuleCompilerTest.java:294 (testNumericExpressions, goods)",
  "rule": "{\"x\": [{\"numeric\": [\">=\", -4e-6]}]}",
  "valid": true
 },
 {
  "source": "JsonRuleCompilerTest.java:294 (testNumericExpressions, goods)",
  "rule": "{\"x\": [{\"numeric\": [\">=\", 55555]}]}",
  "valid": true
 },
 {
  "source": "JsonRuleCompilerTest.java:294 (testNumericExpressions, goods)",
  "rule": "{\"x\": [{\"numeric\": [\">=\", 1E-320]}]}",
  "valid": true
 },
 {
  "source": "JsonRuleCompilerTest.java:295 (testNumericExpressions, goods)",
  "rule": "{\"x\": [{\"numeric\": [\">\", 0, \"<\", 1]}]}",
  "valid": true
 },
 {
  "source": "JsonRuleCompilerTest.java:295 (testNumericExpressions, goods)",
  "rule": "{\"x\": [{\"numeric\": [\">=\", 0, \"<\", 1]}]}",
  "valid": true
 },
 {
  "source": "JsonRuleCompilerTest.java:296 (testNumericExpressions, goods)",
  "rule": "{\"x\": [{\"numeric\": [\">\", 0, \"<=\", 1]}]}",
  "valid": true
 },
 {
  "source": "JsonRuleCompilerTest.java:296 (testNumericExpressions, goods)",
  "rule": "{\"x\": [{\"numeric\": [\">=\", 0, \"<=\", 1]}]}",
  "valid": true
 },
 {
  "source": "JsonRuleCompilerTest.java:300 (testNumericExpressions, bads)",
  "rule": "{\"x\": [{\"numeric\": [\"=\", true]}]}",
  "valid": false
 },
 {
  "source": "JsonRuleCompilerTest.java:300 (testNumericExpressions, bads)",
  "rule": "{\"x\": [{\"numeric\": [\"=\", 2.0e422]}]}",
  "valid": false
 },
 {
  "source": "JsonRuleCompilerTest.java:300 (testNumericExpressions, bads)",
  "rule": "{\"x\": [{\"numeric\": [\"=\", \"-4e-6\"]}]}",
  "valid": false
 },
 {
  "source": "JsonRuleCompilerTest.java:300 (testNumericExpressions, bads)",
  "rule": "{\"x\": [{\"numeric\": [\"=\"]}]}",
  "valid": false
 },
 {
  "source": "JsonRuleCompilerTest.java:300 (testNumericExpressions, bads)",
  "rule": "{\"x\": [{\"numeric\": [\"=\", 1E309]}]}",
  "valid": false
 },
 {
  "source": "JsonRuleCompilerTest.java:300 (testNumericExpressions, bads)",
  "rule": "{\"x\": [{\"numeric\": [\"=\", 1E-325]}]}",
  "valid": false
 },
 {
  "source": "JsonRuleCompilerTest.java:301 (testNumericExpressions, bads)",
  "rule": "{\"x\": [{\"numeric\": [\"<\", true]}]}",
  "valid": false
 },
 {
  "source": "JsonRuleCompilerTest.java:301 (testNumericExpressions, bads)",
  "rule": "{\"x\": [{\"numeric\": [\"<\", 2.0e422]}]}",
  "valid": false
 },
 {
  "source": "JsonRuleCompilerTest.java:301 (testNumericExpressions, bads)",
  "rule": "{\"x\": [{\"numeric\": [\"<\", \"-4e-6\"]}]}",
  "valid": false
 },
 {
  "source": "JsonRuleCompilerTest.java:301 (testNumericExpressions, bads)",
  "rule": "{\"x\": [{\"numeric\": [\"<\"]}]}",
  "valid": false
 },
 {
  "source": "JsonRuleCompilerTest.java:301 (testNumericExpressions, bads)",
  "rule": "{\"x\": [{\"numeric\": [\"=\", 1E309]}]}",
  "valid": false
 },
 {
  "source": "JsonRuleCompilerTest.java:301 (testNumericExpressions, bads)",
  "rule": "{\"x\": [{\"numeric\": [\"=\", 1E-325]}]}",
  "valid": false
 },
 {
  "source": "JsonRuleCompilerTest.java:302 (testNumericExpressions, bads)",
  "rule": "{\"x\": [{\"numeric\": [\">=\", true]}]}",
  "valid": false
 },
 {
  "source": "JsonRuleCompilerTest.java:302 (testNumericExpressions, bads)",
  "rule": "{\"x\": [{\"numeric\": [\">=\", 2.0e422]}]}",
  "valid": false
 },
 {
  "source": "JsonRuleCompilerTest.java:302 (testNumericExpressions, bads)",
  "rule": "{\"x\": [{\"numeric\": [\">=\", \"-4e-6\"]}]}",
  "valid": false
 },
 {
  "source": "JsonRuleCompilerTest.java:302 (testNumericExpressions, bads)",
  "rule": "{\"x\": [{\"numeric\": [\">=\"]}]}",
  "valid": false
 },
 {
  "source": "JsonRuleCompilerTest.java:302 (testNumericExpressions, bads)",
  "rule": "{\"x\": [{\"numeric\": [\"=\", 1E309]}]}",
  "valid": false
 },
 {
  "source": "JsonRuleCompilerTest.java:302 (testNumericExpressions, bads)",
  "rule": "{\"x\": [{\"numeric\": [\"=\", 1E-325]}]}",
  "valid": false
 },
 {
  "source": "JsonRuleCompilerTest.java:303 (testNumericExpressions, bads)",
  "rule": "{\"x\": [{\"numeric\": [\"<=\", true]}]}",
  "valid": false
 },
 {
  "source": "JsonRuleCompilerTest.java:303 (testNumericExpressions, bads)",
  "rule": "{\"x\": [{\"numeric\": [\"<=\", 2.0e422]}]}",
  "valid": false
 },
 {
  "source": "JsonRuleCompilerTest.java:303 (testNumericExpressions, bads)",
  "rule": "{\"x\": [{\"numeric\": [\"<=\", \"-4e-6\"]}]}",
  "valid": false
 },
 {
  "source": "JsonRuleCompilerTest.java:303 (testNumericExpressions, bads)",
  "rule": "{\"x\": [{\"numeric\": [\"<=\"]}]}",
  "valid": false
 },
 {
  "source": "JsonRuleCompilerTest.java:303 (testNumericExpressions, bads)",
  "rule": "{\"x\": [{\"numeric\": [\"=\", 1E309]}]}",
  "valid": false
 },
 {
  "source": "JsonRuleCompilerTest.java:303 (testNumericExpressions, bads)",
  "rule": "{\"x\": [{\"numeric\": [\"=\", 1E-325]}]}",
  "valid": false
 },
 {
  "source": "JsonRuleCompilerTest.java:304 (testNumericExpressions, bads)",
  "rule": "{\"x\": [{\"numeric\": [\"<>\", 1, \">\", 0]}]}",
  "valid": false
 },
 {
  "source": "JsonRuleCompilerTest.java:304 (testNumericExpressions, bads)",
  "rule": "{\"x\": [{\"numeric\": [\"==\", 1, \">\", 0]}]}",
  "valid": false
 },
 {
  "source": "JsonRuleCompilerTest.java:305 (testNumericExpressions, bads)",
  "rule": "{\"x\": [{\"numeric\": [\"<\", 1, \">\", 0]}]}",
  "valid": false
 },
 {
  "source": "JsonRuleCompilerTest.java:305 (testNumericExpressions, bads)",
  "rule": "{\"x\": [{\"numeric\": [\">\", 1, \"<\", 1]}]}",
  "valid": false
 },
 {
  "source": "JsonRuleCompilerTest.java:306 (testNumericExpressions, bads)",
  "rule": "{\"x\": [{\"numeric\": [\">\", 30, \"<\", 1]}]}",
  "valid": false
 },
 {
  "source": "JsonRuleCompilerTest.java:306 (testNumericExpressions, bads)",
  "rule": "{\"x\": [{\"numeric\": [\">\", 1, \"<\", 30, false]}]}",
  "valid": false
 }
];

export const ISSUE_CASES: IssueCase[] = [
 {
  "name": "dot1: dotted pattern key vs nested event",
  "rule": "{\"detail\":{\"state.status\":[\"running\"]}}",
  "event": "{\"detail\":{\"state\":{\"status\":\"running\"}}}",
  "expected": true
 },
 {
  "name": "dot2: nested pattern vs dotted event key",
  "rule": "{\"detail\":{\"state\":{\"status\":[\"running\"]}}}",
  "event": "{\"detail\":{\"state.status\":\"running\"}}",
  "expected": true
 },
 {
  "name": "or1: field repeated in an $or branch replaces the outer one",
  "rule": "{\"a\":[\"1\"],\"$or\":[{\"a\":[\"2\"]},{\"b\":[\"3\"]}]}",
  "event": "{\"a\":\"2\"}",
  "expected": true
 },
 {
  "name": "or2: outer field kept in the other branch",
  "rule": "{\"a\":[\"1\"],\"$or\":[{\"a\":[\"2\"]},{\"b\":[\"3\"]}]}",
  "event": "{\"a\":\"1\",\"b\":\"3\"}",
  "expected": true
 },
 {
  "name": "or3: outer field alone does not satisfy either branch",
  "rule": "{\"a\":[\"1\"],\"$or\":[{\"a\":[\"2\"]},{\"b\":[\"3\"]}]}",
  "event": "{\"a\":\"1\"}",
  "expected": false
 },
 {
  "name": "or4: field after the $or replaces it in every branch",
  "rule": "{\"$or\":[{\"a\":[\"2\"]},{\"b\":[\"3\"]}],\"a\":[\"1\"]}",
  "event": "{\"a\":\"2\"}",
  "expected": false
 },
 {
  "name": "or5: field after the $or, matching event",
  "rule": "{\"$or\":[{\"a\":[\"2\"]},{\"b\":[\"3\"]}],\"a\":[\"1\"]}",
  "event": "{\"a\":\"1\"}",
  "expected": true
 },
 {
  "name": "rep1: repeated nested key: both objects apply (AND)",
  "rule": "{\"a\":{\"b\":[\"1\"]},\"a\":{\"c\":[\"2\"]}}",
  "event": "{\"a\":{\"b\":\"1\",\"c\":\"2\"}}",
  "expected": true
 },
 {
  "name": "rep2: repeated nested key: the first object still applies",
  "rule": "{\"a\":{\"b\":[\"1\"]},\"a\":{\"c\":[\"2\"]}}",
  "event": "{\"a\":{\"c\":\"2\"}}",
  "expected": false
 },
 {
  "name": "rep3: repeated value key: the last wins",
  "rule": "{\"a\":[\"1\"],\"a\":[\"2\"]}",
  "event": "{\"a\":\"1\"}",
  "expected": false
 },
 {
  "name": "num1: numeric operand 1E-325 is invalid",
  "rule": "{\"n\":[{\"numeric\":[\"=\",1E-325]}]}",
  "event": "{\"n\":0}",
  "expected": "invalid"
 },
 {
  "name": "num2: anything-but operand 1E-325 is invalid",
  "rule": "{\"n\":[{\"anything-but\":1E-325}]}",
  "event": "{\"n\":0}",
  "expected": "invalid"
 },
 {
  "name": "num3: literal 1E-325 matches the same text",
  "rule": "{\"n\":[1E-325]}",
  "event": "{\"n\":1E-325}",
  "expected": true
 },
 {
  "name": "num4: literal 1E-325 does not match 0",
  "rule": "{\"n\":[1E-325]}",
  "event": "{\"n\":0}",
  "expected": false
 },
 {
  "name": "num5: literal no double holds matches the same text",
  "rule": "{\"n\":[12345678901234567890]}",
  "event": "{\"n\":12345678901234567890}",
  "expected": true
 },
 {
  "name": "num6: literal no double holds does not match its nearest double",
  "rule": "{\"n\":[12345678901234567890]}",
  "event": "{\"n\":12345678901234567000}",
  "expected": false
 },
 {
  "name": "num7: numeric never matches a number no double holds",
  "rule": "{\"n\":[{\"numeric\":[\">\",0]}]}",
  "event": "{\"n\":12345678901234567890}",
  "expected": false
 },
 {
  "name": "num8: numeric operand 1e400 is invalid",
  "rule": "{\"n\":[{\"numeric\":[\"<\",1e400]}]}",
  "event": "{\"n\":1}",
  "expected": "invalid"
 },
 {
  "name": "num9: literal 300 matches 3.0e2",
  "rule": "{\"n\":[300]}",
  "event": "{\"n\":3.0e2}",
  "expected": true
 },
 {
  "name": "num10: -0 is 0 (not below it)",
  "rule": "{\"n\":[{\"numeric\":[\"<\",0]}]}",
  "event": "{\"n\":-0}",
  "expected": false
 },
 {
  "name": "num11: range bounds compare as doubles",
  "rule": "{\"n\":[{\"numeric\":[\">=\",0.1,\"<\",0.30000000000000004]}]}",
  "event": "{\"n\":0.3}",
  "expected": true
 },
 {
  "name": "ex1: exists:false in an array of objects: one element has the path",
  "rule": "{\"a\":{\"b\":[{\"exists\":false}]}}",
  "event": "{\"a\":[{\"c\":1},{\"b\":2}]}",
  "expected": false
 },
 {
  "name": "ex2: exists:false in an array of objects: no element has it",
  "rule": "{\"a\":{\"b\":[{\"exists\":false}]}}",
  "event": "{\"a\":[{\"c\":1},{\"d\":2}]}",
  "expected": true
 },
 {
  "name": "ex3: exists:false before the value field (name order) sees every element",
  "rule": "{\"a\":{\"z\":[\"x\"],\"c\":[{\"exists\":false}]}}",
  "event": "{\"a\":[{\"z\":\"x\"},{\"c\":1}]}",
  "expected": false
 },
 {
  "name": "ex4: exists:false after the value field sees only the chosen element",
  "rule": "{\"a\":{\"b\":[\"x\"],\"c\":[{\"exists\":false}]}}",
  "event": "{\"a\":[{\"b\":\"x\"},{\"c\":1}]}",
  "expected": true
 },
 {
  "name": "ex5: exists:false and a value in the same element",
  "rule": "{\"a\":{\"b\":[\"x\"],\"c\":[{\"exists\":false}]}}",
  "event": "{\"a\":[{\"b\":\"x\",\"c\":1}]}",
  "expected": false
 },
 {
  "name": "ex6: exists:false under an empty array",
  "rule": "{\"a\":{\"b\":[{\"exists\":false}]}}",
  "event": "{\"a\":[]}",
  "expected": true
 },
 {
  "name": "ex7: exists:false on an empty array",
  "rule": "{\"a\":[{\"exists\":false}]}",
  "event": "{\"a\":[]}",
  "expected": true
 },
 {
  "name": "ex8: exists:false on an array of objects",
  "rule": "{\"a\":[{\"exists\":false}]}",
  "event": "{\"a\":[{\"b\":1}]}",
  "expected": true
 },
 {
  "name": "ic1: equals-ignore-case ß matches SS",
  "rule": "{\"w\":[{\"equals-ignore-case\":\"straße\"}]}",
  "event": "{\"w\":\"STRASSE\"}",
  "expected": true
 },
 {
  "name": "ic2: equals-ignore-case SS does not match ß",
  "rule": "{\"w\":[{\"equals-ignore-case\":\"STRASSE\"}]}",
  "event": "{\"w\":\"straße\"}",
  "expected": false
 },
 {
  "name": "ic3: equals-ignore-case ı matches I",
  "rule": "{\"w\":[{\"equals-ignore-case\":\"ı\"}]}",
  "event": "{\"w\":\"I\"}",
  "expected": true
 },
 {
  "name": "ic4: equals-ignore-case I does not match ı",
  "rule": "{\"w\":[{\"equals-ignore-case\":\"I\"}]}",
  "event": "{\"w\":\"ı\"}",
  "expected": false
 },
 {
  "name": "ic5: equals-ignore-case İ matches its lower case i̇",
  "rule": "{\"w\":[{\"equals-ignore-case\":\"İ\"}]}",
  "event": "{\"w\":\"i̇\"}",
  "expected": true
 },
 {
  "name": "ic6: equals-ignore-case i does not match İ",
  "rule": "{\"w\":[{\"equals-ignore-case\":\"i\"}]}",
  "event": "{\"w\":\"İ\"}",
  "expected": false
 },
 {
  "name": "ic7: equals-ignore-case with a non-BMP character does not match it (Java folds each surrogate alone)",
  "rule": "{\"w\":[{\"equals-ignore-case\":\"😀\"}]}",
  "event": "{\"w\":\"😀\"}",
  "expected": false
 },
 {
  "name": "ic8: equals-ignore-case with a non-BMP character matches ??",
  "rule": "{\"w\":[{\"equals-ignore-case\":\"😀\"}]}",
  "event": "{\"w\":\"??\"}",
  "expected": true
 },
 {
  "name": "ic9: prefix equals-ignore-case ß matches SS",
  "rule": "{\"w\":[{\"prefix\":{\"equals-ignore-case\":\"straße\"}}]}",
  "event": "{\"w\":\"STRASSEN\"}",
  "expected": true
 },
 {
  "name": "ic10: suffix equals-ignore-case ß matches SS",
  "rule": "{\"w\":[{\"suffix\":{\"equals-ignore-case\":\"ß\"}}]}",
  "event": "{\"w\":\"GROSS\"}",
  "expected": true
 },
 {
  "name": "ic11: equals-ignore-case Σ does not match final ς",
  "rule": "{\"w\":[{\"equals-ignore-case\":\"Σ\"}]}",
  "event": "{\"w\":\"ς\"}",
  "expected": false
 },
 {
  "name": "ic12: equals-ignore-case title-case ǅ matches ǆ",
  "rule": "{\"w\":[{\"equals-ignore-case\":\"ǅ\"}]}",
  "event": "{\"w\":\"ǆ\"}",
  "expected": true
 },
 {
  "name": "q1: prefix ending in a quote matches the whole value",
  "rule": "{\"w\":[{\"prefix\":\"ab\\\"\"}]}",
  "event": "{\"w\":\"ab\"}",
  "expected": true
 },
 {
  "name": "q2: suffix starting with a quote matches the whole value",
  "rule": "{\"w\":[{\"suffix\":\"\\\"ab\"}]}",
  "event": "{\"w\":\"ab\"}",
  "expected": true
 },
 {
  "name": "s1: an unpaired surrogate in the event is not ?",
  "rule": "{\"w\":[\"?\"]}",
  "event": "{\"w\":\"\\ud800\"}",
  "expected": false
 },
 {
  "name": "e1: empty key above a nested field: event-ruler names the field without it",
  "rule": "{\"\":{\"a\":[1]}}",
  "event": "{\"\":{\"a\":1}}",
  "expected": false
 },
 {
  "name": "e2: empty key above a nested field matches the field at the top",
  "rule": "{\"\":{\"a\":[1]}}",
  "event": "{\"a\":1}",
  "expected": true
 },
 {
  "name": "e3: an empty key is never visited in events",
  "rule": "{\"a\":{\"\":[1]}}",
  "event": "{\"a\":{\"\":1}}",
  "expected": false
 },
 {
  "name": "ip1: an IP-address string matches the same address with leading zeros",
  "rule": "{\"a\":[\"10.0.0.1\"]}",
  "event": "{\"a\":\"10.0.0.01\"}",
  "expected": true
 },
 {
  "name": "ip2: an IP-address string matches itself",
  "rule": "{\"a\":[\"10.0.0.1\"]}",
  "event": "{\"a\":\"10.0.0.1\"}",
  "expected": true
 },
 {
  "name": "ip3: IPv4 matches its IPv4-mapped IPv6 form",
  "rule": "{\"a\":[\"10.0.0.1\"]}",
  "event": "{\"a\":\"::ffff:a00:1\"}",
  "expected": true
 },
 {
  "name": "ip4: ::1 matches its full form",
  "rule": "{\"a\":[\"::1\"]}",
  "event": "{\"a\":\"0:0:0:0:0:0:0:1\"}",
  "expected": true
 },
 {
  "name": "ip5: ::1 matches ::0:1",
  "rule": "{\"a\":[\"::1\"]}",
  "event": "{\"a\":\"::0:1\"}",
  "expected": true
 },
 {
  "name": "ip6: 256.0.0.1 is not an address: compared as text",
  "rule": "{\"a\":[\"256.0.0.1\"]}",
  "event": "{\"a\":\"256.0.0.1\"}",
  "expected": true
 },
 {
  "name": "ip7: 12:30 is an IPv6 address to event-ruler",
  "rule": "{\"a\":[\"12:30\"]}",
  "event": "{\"a\":\"12:30\"}",
  "expected": true
 },
 {
  "name": "ip8: 12:30 does not match 12:030 (no such address)",
  "rule": "{\"a\":[\"12:30\"]}",
  "event": "{\"a\":\"12:030\"}",
  "expected": false
 },
 {
  "name": "ip9: trailing :: expands",
  "rule": "{\"a\":[\"1:2:3:4:5:6:7::\"]}",
  "event": "{\"a\":\"1:2:3:4:5:6:7:0\"}",
  "expected": true
 },
 {
  "name": "ip10: :: matches 0::0",
  "rule": "{\"a\":[\"::\"]}",
  "event": "{\"a\":\"0::0\"}",
  "expected": true
 },
 {
  "name": "ip11: leading zeros in every part",
  "rule": "{\"a\":[\"10.0.0.1\"]}",
  "event": "{\"a\":\"010.000.000.001\"}",
  "expected": true
 },
 {
  "name": "ip12: an IPv4-mapped rule matches the IPv4 event",
  "rule": "{\"a\":[\"::FFFF:A00:1\"]}",
  "event": "{\"a\":\"10.0.0.1\"}",
  "expected": true
 },
 {
  "name": "ip13: two :: is not an address: text",
  "rule": "{\"a\":[\"1::2::3\"]}",
  "event": "{\"a\":\"1::2::3\"}",
  "expected": true
 },
 {
  "name": "ip14: another address does not match",
  "rule": "{\"a\":[\"10.0.0.1\"]}",
  "event": "{\"a\":\"10.0.0.2\"}",
  "expected": false
 },
 {
  "name": "ip15: 1.2.3.4 matches 1.2.3.04",
  "rule": "{\"a\":[\"1.2.3.4\"]}",
  "event": "{\"a\":\"1.2.3.04\"}",
  "expected": true
 },
 {
  "name": "ip16: 0.0.0.0 matches :: (event-ruler compares the first bytes)",
  "rule": "{\"a\":[\"0.0.0.0\"]}",
  "event": "{\"a\":\"::\"}",
  "expected": true
 },
 {
  "name": "ip17: ab:cd is compared as text when it is no address",
  "rule": "{\"a\":[\"ab:cd\"]}",
  "event": "{\"a\":\"ab:cd\"}",
  "expected": true
 },
 {
  "name": "ip18: a lone colon is text",
  "rule": "{\"a\":[\":\"]}",
  "event": "{\"a\":\":\"}",
  "expected": true
 },
 {
  "name": "ip19: an IPv4 literal over 15 characters is text",
  "rule": "{\"a\":[\"00000000010.0.0.1\"]}",
  "event": "{\"a\":\"10.0.0.1\"}",
  "expected": false
 },
 {
  "name": "ip20: nine groups are text",
  "rule": "{\"a\":[\"1:2:3:4:5:6:7:8:9\"]}",
  "event": "{\"a\":\"1:2:3:4:5:6:7:8:9\"}",
  "expected": true
 },
 {
  "name": "ip21: a 5-digit group is text",
  "rule": "{\"a\":[\"::12345\"]}",
  "event": "{\"a\":\"::12345\"}",
  "expected": true
 },
 {
  "name": "ip22: an address inside an event array",
  "rule": "{\"a\":[\"10.0.0.1\"]}",
  "event": "{\"a\":[\"x\",\"10.0.0.001\"]}",
  "expected": true
 },
 {
  "name": "ip23: hex case does not matter",
  "rule": "{\"a\":[\"ffff::\"]}",
  "event": "{\"a\":\"FFFF:0::\"}",
  "expected": true
 },
 {
  "name": "a: 0010.0.0.1 is 10.0.0.1",
  "rule": "{\"a\": [\"0010.0.0.1\"]}",
  "event": "{\"a\": \"10.0.0.1\"}",
  "expected": true
 },
 {
  "name": "b: 010.0.0.1 is 10.0.0.1 (decimal, not octal)",
  "rule": "{\"a\": [\"010.0.0.1\"]}",
  "event": "{\"a\": \"10.0.0.1\"}",
  "expected": true
 },
 {
  "name": "c: 10.0.0.0001 is 10.0.0.1",
  "rule": "{\"a\": [\"10.0.0.0001\"]}",
  "event": "{\"a\": \"10.0.0.1\"}",
  "expected": true
 },
 {
  "name": "d: an IPv6 event starting with the IPv4 rule bytes matches",
  "rule": "{\"a\": [\"10.0.0.1\"]}",
  "event": "{\"a\": \"a00:1::\"}",
  "expected": true
 },
 {
  "name": "e: an IPv4 event never matches an IPv6 rule",
  "rule": "{\"a\": [\"::1\"]}",
  "event": "{\"a\": \"0.0.0.0\"}",
  "expected": false
 },
 {
  "name": "f: only the first bytes are compared",
  "rule": "{\"a\": [\"10.0.0.1\"]}",
  "event": "{\"a\": \"a00:1:ffff::\"}",
  "expected": true
 },
 {
  "name": "g: 1.2.3.4 matches ::ffff:102:304",
  "rule": "{\"a\": [\"1.2.3.4\"]}",
  "event": "{\"a\": \"::ffff:102:304\"}",
  "expected": true
 },
 {
  "name": "h: 0255.0.0.1 is 255.0.0.1",
  "rule": "{\"a\": [\"0255.0.0.1\"]}",
  "event": "{\"a\": \"255.0.0.1\"}",
  "expected": true
 }
];
