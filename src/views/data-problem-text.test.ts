import { describe, expect, it } from 'vitest';
import { DataError } from '../data/load';
import { createI18n } from '../i18n/i18n-context';
import { dataProblemText } from './data-problem-text';

const error = (message: string, path = 'sites[3].capacityGw') =>
  new DataError('stargate.json', [{ path, message }]);
const ko = createI18n('ko');
const en = createI18n('en');

describe('dataProblemText', () => {
  it('keeps the check’s own words in English, so the page and check-data agree', () => {
    expect(dataProblemText(en, 'stargate.json', error('expected a number'))).toBe(
      'stargate.json: sites[3].capacityGw: expected a number',
    );
  });

  it('speaks Korean, keeping the file name and the JSON path as they are', () => {
    expect(dataProblemText(ko, 'stargate.json', error('expected a number'))).toBe(
      'stargate.json: sites[3].capacityGw: 필요한 형식: 숫자',
    );
    expect(
      dataProblemText(ko, 'stargate.json', error('the server answered HTTP 404', '(root)')),
    ).toBe('stargate.json: (root): 서버 응답 HTTP 404');
    expect(
      dataProblemText(
        ko,
        'stargate.json',
        error('not valid JSON (truncated or malformed) at line 3, column 7', '(root)'),
      ),
    ).toBe(
      'stargate.json: (root): 올바른 JSON이 아닙니다(잘렸거나 형식이 틀림). 3번째 줄 7번째 글자 부근',
    );
    expect(
      dataProblemText(
        ko,
        'stargate.json',
        error('unknown source id "typo"', 'sites[0].sourceIds[0]'),
      ),
    ).toBe('stargate.json: sites[0].sourceIds[0]: 파일에 없는 ID: "typo"');
    expect(dataProblemText(ko, 'stargate.json', error('missing (expected a string)'))).toBe(
      'stargate.json: sites[3].capacityGw: 필수 항목이 없습니다',
    );
  });

  it('gives a Korean lead-in to a message it has no Korean words for', () => {
    expect(dataProblemText(ko, 'fusion.json', error('high is below low', 'targets[0].high'))).toBe(
      'fusion.json: targets[0].high: 값이 파일 규칙에 맞지 않습니다(검사 메시지: high is below low)',
    );
  });

  it('names the file for an error that is not a data error', () => {
    expect(dataProblemText(ko, 'fusion.json', new TypeError('boom'))).toMatch(
      /^fusion\.json: 값이/,
    );
    expect(dataProblemText(en, 'fusion.json', new TypeError('boom'))).toBe(
      'fusion.json: TypeError: boom',
    );
  });
});
