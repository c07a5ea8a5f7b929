import { registerMessages } from '../catalogue';
import { defineMessages } from '../define-messages';

/**
 * The /faq view. The first three questions are the source article's own FAQ, in its words
 * ("데이터센터·반도체 대혁신: 오픈AI·오라클·소프트뱅크 '스타게이트' 합작 분석"); the answers are
 * ours, built from the data files so that every figure in them carries its sources.
 */
export const faq = registerMessages(
  defineMessages({
    en: {
      'faq.title': 'Questions readers ask',
      'faq.lede':
        'The first three are the questions that close the source article, “Data centres and chips: an analysis of the OpenAI–Oracle–SoftBank Stargate venture” (Korean, undated). The answers are short; every figure in them comes from the data behind the charts, with its sources, and each links to the chart that shows it.',
      'faq.fromArticle': 'From the source article',
      'faq.sources': 'Sources:',
      'faq.chart': 'See it in the chart: {chart}',
      'faq.permalink': 'Link to this question',
      'faq.derived': 'worked out here from the sourced figures',
      'faq.uncertain': 'uncertain',
      'faq.q.pledge': 'Why does Stargate need as much as $500 billion?',
      'faq.a.pledge':
        'It is a pledge, not money spent: {pledge} announced on {date}, to be invested {horizon}, of which {immediate} was to go in “immediately”. What it buys is capacity. Sources put an AI data centre at about {low} per GW of facility power ({lowWho}) to about {high} per GW ({highWho}); at those rates the 10 GW target alone costs {tenLow}–{tenHigh} ({derived}).',
      'faq.q.oracle': 'What role does Oracle play in the project?',
      'faq.a.oracle':
        'Its role as announced at the launch: {role} Oracle leads {count} of the active Stargate sites ({sites}) and holds the 4.5 GW agreement with OpenAI, worth {contract} {horizon}.',
      'faq.q.softbank': 'Does SoftBank only provide the money?',
      'faq.a.softbank':
        'No. Its role as announced at the launch: {role} SoftBank leads {count} sites ({sites}), and its subsidiary SB Energy builds and operates the {milam} site. OpenAI and SoftBank put {sbAmount} into SB Energy ({sbDate}).',
      'faq.q.power': 'Why does AI need this much power?',
      'faq.a.power':
        'Because of the scale being built: the 10 GW target is the output of about {reactors} nuclear reactors of 1 GW (the source article says 7–10 nuclear power plants, counting larger units) and the electricity of about {homes} US homes. The Abilene campus alone is planned at {abilene}. Lawrence Berkeley National Laboratory expects AI infrastructure to use about {share} of US electricity by 2028.',
      'faq.q.gain': 'Is fusion’s “gain” the same as a power plant’s?',
      'faq.a.gain':
        'No. Q is the fusion power over the heating power put into the plasma; the best measured is {q} ({qWhere}). NIF’s target gain, {gain} ({gainWhere}), is fusion energy over the laser energy that reaches the target. Neither counts what the machine draws from the grid: NIF’s facility gain was about {facility} ({facilityWhen}). ITER aims at {iterGoal}, and still makes no electricity.',
      'faq.q.disagree': 'Why do the Stargate figures disagree?',
      'faq.a.disagree':
        'Because sources count different things. A figure may be IT power (what the servers draw), facility power (about 1.3 × IT, with cooling and losses), permitted generation or a grid request; announcements count plans, not capacity running. At Abilene, the one site measured, {headline} is announced while {running} was seen running ({runningDetail}). The Stargate page keeps {count} such disagreements side by side instead of picking one.',
    },
    ko: {
      'faq.title': '자주 묻는 질문',
      'faq.lede':
        '처음 세 질문은 원문 기사 「데이터센터·반도체 대혁신: 오픈AI·오라클·소프트뱅크 ‘스타게이트’ 합작 분석」(날짜 표기 없음)의 마지막 FAQ입니다. 답은 짧게 적었고, 답에 나오는 모든 수치는 차트와 같은 데이터에서 출처와 함께 가져왔으며, 해당 차트로 연결됩니다.',
      'faq.fromArticle': '원문 기사의 질문',
      'faq.sources': '출처:',
      'faq.chart': '차트에서 보기: {chart}',
      'faq.permalink': '이 질문으로 바로 가는 링크',
      'faq.derived': '출처 수치로 여기서 계산',
      'faq.uncertain': '불확실',
      'faq.q.pledge': '스타게이트 프로젝트는 왜 ‘5천억 달러’나 필요할까요?',
      'faq.a.pledge':
        '집행된 돈이 아니라 투자 약속입니다. {date}에 발표된 {pledge} 규모를 {horizon} 투자하고, 그중 {immediate} 규모는 “즉시” 투입한다는 내용입니다. 이 돈으로 사는 것은 전력 용량입니다. 출처들은 AI 데이터센터 비용을 시설 전력 1GW당 약 {low}({lowWho})에서 1GW당 약 {high}({highWho})로 봅니다. 이 단가라면 10GW 목표만으로도 드는 비용이 {tenLow}~{tenHigh}입니다({derived}).',
      'faq.q.oracle': '오라클(Oracle)은 이 프로젝트에서 어떤 중요한 역할을 하나요?',
      'faq.a.oracle':
        '출범 때 밝힌 역할은 “{role}”입니다. 진행 중인 스타게이트 부지 가운데 {count}곳({sites})을 주도하며, 오픈AI와 맺은 4.5GW 계약의 규모는 {horizon} {contract}입니다.',
      'faq.q.softbank': '소프트뱅크는 자금만 지원하는 것인가요?',
      'faq.a.softbank':
        '아닙니다. 출범 때 밝힌 역할은 “{role}”입니다. 소프트뱅크는 부지 {count}곳({sites})을 주도하고, 자회사 SB 에너지가 {milam} 부지를 짓고 운영합니다. 오픈AI와 소프트뱅크는 SB 에너지에 {sbAmount} 규모를 투자했습니다({sbDate}).',
      'faq.q.power': 'AI에는 왜 이렇게 많은 전력이 필요한가요?',
      'faq.a.power':
        '짓고 있는 규모 때문입니다. 10GW 목표는 1GW급 원자로 약 {reactors}기의 출력(원문 기사는 더 큰 단위로 세어 원자력 발전소 7~10기라고 씀)이자 미국 약 {homes} 가구의 전력입니다. 애빌린 캠퍼스 하나만 해도 {abilene} 규모로 계획되어 있습니다. 로런스버클리 국립연구소는 2028년까지 AI 인프라가 미국 전력의 약 {share}를 쓸 수 있다고 봅니다.',
      'faq.q.gain': '핵융합의 ‘이득’은 발전소의 이득과 같은가요?',
      'faq.a.gain':
        '아닙니다. 에너지 증폭률 Q는 플라스마에 넣은 가열 출력 대비 핵융합 출력이며, 실측 최고치는 {q}({qWhere})입니다. NIF의 표적 이득 {gain}({gainWhere})은 표적에 닿은 레이저 에너지 대비 핵융합 에너지입니다. 둘 다 장치가 전력망에서 끌어 쓰는 전력은 셈하지 않습니다. 이를 반영한 NIF의 시설 이득은 약 {facility}({facilityWhen})였습니다. ITER의 목표치({iterGoal})도 전기를 만드는 단계는 아닙니다.',
      'faq.q.disagree': '스타게이트 수치는 왜 출처마다 다른가요?',
      'faq.a.disagree':
        '출처마다 세는 대상이 다르기 때문입니다. 어떤 수치는 IT 전력(서버가 쓰는 전력), 어떤 수치는 시설 전력(냉각과 손실을 더해 IT의 약 1.3배), 허가된 발전 용량이나 전력망 연결 요청량이며, 발표는 실제 가동 용량이 아니라 계획을 셉니다. 실측된 유일한 부지인 애빌린의 발표 용량은 {headline}, 실제 가동이 확인된 용량은 {running}({runningDetail})입니다. 스타게이트 페이지에는 이런 불일치 {count}건을 하나로 정하지 않고 나란히 실었습니다.',
    },
  }),
);
