import { registerMessages } from '../catalogue';
import { defineMessages } from '../define-messages';

export const sources = registerMessages(
  defineMessages({
    en: {
      'sources.title': 'Sources and methodology',
      'sources.lede':
        'Every figure on Gigawatt comes from a public page listed here, graded by who published it. Where sources disagree, both values are kept and the conflict is shown.',
      'sources.search': 'Search sources',
      'sources.search.placeholder': 'Publisher, title or address',
      'sources.filter.reliability': 'Reliability',
      'sources.filter.topic': 'Topic',
      'sources.count': '{shown} of {total} sources',
      'sources.col.publisher': 'Publisher',
      'sources.col.title': 'Page',
      'sources.col.date': 'Date',
      'sources.col.reliability': 'Grade',
      'sources.method.title': 'How the data is kept',
      'sources.method.grades':
        'Grades: A is the organisation itself (a press release or official page); B is established news or trade press; C is an aggregator, mirror, blog or wiki. A figure that rests only on C sources is marked uncertain wherever it appears.',
      'sources.method.dates':
        'Dates are those printed on the page. A date inferred from the text is marked “inferred”; a page without a date says so.',
      'sources.method.gaps':
        'Nothing is estimated to fill a gap: an undisclosed figure is shown as not disclosed. Planned and re-baselined dates are both kept, because the slip is part of the story.',
      'sources.downloads.title': 'Data downloads',
      'sources.downloads.body':
        'The data files behind every chart, with their sources, as JSON. Administrators may replace them without rebuilding; the schema is checked when they load.',
      'sources.downloads.file': '{file} (as of {date})',
      'sources.empty': 'No source matches.',
      'sources.list': 'List of sources',
    },
    ko: {
      'sources.title': '출처와 방법론',
      'sources.lede':
        '기가와트의 모든 수치는 여기 나열된 공개 자료에서 왔으며, 발행 주체에 따라 신뢰도 등급을 매겼습니다. 출처가 서로 다르면 두 값을 모두 싣고 충돌을 표시합니다.',
      'sources.search': '출처 검색',
      'sources.search.placeholder': '발행처, 제목 또는 주소',
      'sources.filter.reliability': '신뢰도',
      'sources.filter.topic': '주제',
      'sources.count': '출처 {total}개 중 {shown}개',
      'sources.col.publisher': '발행처',
      'sources.col.title': '자료',
      'sources.col.date': '날짜',
      'sources.col.reliability': '등급',
      'sources.method.title': '데이터 관리 방식',
      'sources.method.grades':
        '등급: A는 해당 기관 자체(보도자료·공식 페이지), B는 주요 언론·전문지, C는 모음(애그리게이터) 사이트·미러·블로그·위키입니다. C 등급 출처에만 근거한 수치는 어디에 나오든 불확실로 표시합니다.',
      'sources.method.dates':
        '날짜는 해당 페이지에 표시된 날짜입니다. 본문에서 추정한 날짜는 “추정”으로, 날짜가 없는 페이지는 그렇게 표시합니다.',
      'sources.method.gaps':
        '빈칸을 추정으로 채우지 않습니다. 공개되지 않은 수치는 비공개로 표시합니다. 계획된 날짜와 재조정된 날짜를 모두 남기는 것은, 일정 지연 자체가 중요한 정보이기 때문입니다.',
      'sources.downloads.title': '데이터 내려받기',
      'sources.downloads.body':
        '모든 차트의 바탕이 되는 데이터 파일(출처 포함, JSON)입니다. 관리자는 다시 빌드하지 않고 파일을 교체할 수 있으며, 불러올 때 스키마를 검사합니다.',
      'sources.downloads.file': '{file} ({date} 기준)',
      'sources.empty': '일치하는 출처가 없습니다.',
      'sources.list': '출처 목록',
    },
  }),
);
