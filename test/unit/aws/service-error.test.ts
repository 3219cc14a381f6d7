import { describe, expect, test } from 'vitest';
import { isRetryableServiceError, parseServiceError } from '../../../src/aws/service-error.js';

const raw = (status: number, body: string, headers: Record<string, string> = {}, reason = 'Reason') => ({
  status,
  body,
  headers,
  reason,
});

describe('parseServiceError (botocore JSON protocol rules)', () => {
  test.each([
    [
      raw(400, '{"__type": "com.amazonaws.glue#EntityNotFoundException", "message": "m"}'),
      'EntityNotFoundException',
      'm',
    ],
    [raw(400, '{"__type": "X:http://internal.amazon.com/", "Message": "M"}'), 'X:http://internal.amazon.com/', 'M'],
    [raw(400, '{"__type": "X", "Message": null}'), 'X', 'None'],
    [raw(400, '{"__type": "X"}', { 'x-amzn-query-error': 'AWS.Foo.Bar;Sender' }), 'AWS.Foo.Bar', ''],
    [raw(404, '<html>nf</html>'), '404', '<html>nf</html>'],
    [raw(502, '', {}, 'Bad Gateway'), '502', 'Bad Gateway'],
    [raw(400, '{}'), '400', ''],
  ])('%j', (response, code, message) => expect(parseServiceError(response)).toMatchObject({ code, message }));

  test("the body's members come along, for the modelled extras structured errors show", () => {
    expect(parseServiceError(raw(400, '{"__type": "X", "Message": "m", "FromFederationSource": true}')).fields).toEqual(
      {
        __type: 'X',
        Message: 'm',
        FromFederationSource: true,
      },
    );
  });
});

describe('isRetryableServiceError (botocore standard mode)', () => {
  test.each([
    [raw(500, '{"__type": "InternalServiceException"}'), true],
    [raw(503, ''), true],
    [raw(400, '{"__type": "ThrottlingException"}'), true],
    [raw(400, '{"__type": "com.amazonaws.glue#LimitExceededException"}'), true],
    [raw(429, '{"__type": "ConcurrentModificationException"}'), false],
    [raw(400, '{"__type": "EntityNotFoundException"}'), false],
  ])('%j → %s', (response, want) => expect(isRetryableServiceError(response)).toBe(want));
});

describe("parseServiceError follows botocore's edge rules", () => {
  test('a generic 5xx gets the standard phrase, not the server reason', () => {
    expect(parseServiceError(raw(503, '', {}, 'Please Slow Down'))).toMatchObject({
      code: '503',
      message: 'Service Unavailable',
    });
  });
  test("an empty __type stays empty; a message of any type prints as Python's str()", () => {
    expect(parseServiceError(raw(400, '{"__type": "", "Message": {"a": [true, null]}}'))).toMatchObject({
      code: '',
      message: "{'a': [True, None]}",
    });
    expect(parseServiceError(raw(400, '{"__type": "X", "Message": NaN}'))).toMatchObject({ code: 'X', message: 'nan' });
  });
});
