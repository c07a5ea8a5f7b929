import { registerMessages } from '../catalogue';
import { defineMessages } from '../define-messages';

export const overview = registerMessages(
  defineMessages({
    en: {
      'overview.title': 'Two gigawatt-scale bets',
      'overview.lede':
        'AI data centres are being built at the scale of power stations, and their hardest problem is power. Fusion promises clean firm power, on a timeline that keeps moving. Here are both, in sourced numbers.',
      'overview.stargate.title': 'Stargate: the AI build-out',
      'overview.stargate.body':
        'OpenAI, Oracle, SoftBank and MGX: a $500B, 10 GW programme of AI data centres in Texas, New Mexico, Ohio, Wisconsin, Michigan and abroad.',
      'overview.stargate.link': 'Explore Stargate',
      'overview.stargate.chart': 'Announced capacity against the 10 GW target',
      'overview.fusion.title': 'Fusion: the road to power plants',
      'overview.fusion.body':
        'ITER aims to show Q ≥ 10; DEMO plants must put electricity on the grid; compact high-field designs promise to get there sooner.',
      'overview.fusion.link': 'Explore fusion',
      'overview.fusion.chart': 'Private fusion funding, cumulative (FIA surveys)',
      'overview.energy.title': 'Where they meet',
      'overview.energy.body':
        'Stargate’s largest problem is power, and fusion is offered as the ultimate clean answer. See AI demand and fusion scenarios on one axis.',
      'overview.energy.link': 'Open the energy view',
      'overview.target': '{value} target',
      'overview.kpi.target-capacity': 'Capacity target',
      'overview.kpi.target-investment': 'Investment pledged',
      'overview.kpi.announced': 'Capacity announced',
      'overview.kpi.latest-claim': 'Latest claim',
      'overview.kpi.running': 'Observed running (Abilene)',
      'overview.kpi.sites': 'Sites announced',
      'overview.kpi.sites.detail':
        '{us} in the US, {abroad} abroad (a cancelled expansion not counted)',
      'overview.kpi.iter-q': 'ITER gain target',
      'overview.kpi.iter-dt': 'ITER D-T operation',
      'overview.kpi.iter-dt.detail': '{previousPlan}: {previousYear}; {firstPlan}: {firstYear}',
      'overview.kpi.best-target-gain': 'Best laser target gain',
      'overview.kpi.longest-pulse': 'Longest plasma',
      'overview.kpi.private-investment': 'Private fusion funding',
      'overview.kpi.private-investment.detail': 'FIA survey {year}, {companies} companies',
      'overview.kpi.asOf': 'as of {date}',
      'overview.unit.seconds': '{value} s',
      'overview.unit.ratio': 'Q {value}',
    },
    ko: {
      'overview.title': '기가와트 규모의 두 가지 승부',
      'overview.lede':
        'AI 데이터센터는 발전소 규모로 지어지고 있으며, 가장 큰 과제는 전력입니다. 핵융합은 깨끗하고 안정적인 전력을 약속하지만 일정은 계속 밀리고 있습니다. 두 이야기를 출처가 있는 숫자로 살펴봅니다.',
      'overview.stargate.title': '스타게이트: AI 인프라 구축',
      'overview.stargate.body':
        '오픈AI·오라클·소프트뱅크·MGX가 추진하는 5,000억 달러, 10GW 규모의 AI 데이터센터 프로젝트입니다. 텍사스, 뉴멕시코, 오하이오, 위스콘신, 미시간과 해외에 부지가 있습니다.',
      'overview.stargate.link': '스타게이트 살펴보기',
      'overview.stargate.chart': '10GW 목표 대비 발표된 용량',
      'overview.fusion.title': '핵융합(인공태양): 발전소로 가는 길',
      'overview.fusion.body':
        'ITER는 에너지 증폭률 Q ≥ 10을 입증하려 하고, DEMO는 전력망에 전기를 보내야 하며, 소형 고자기장 설계는 그 시점을 앞당기겠다고 약속합니다.',
      'overview.fusion.link': '핵융합 살펴보기',
      'overview.fusion.chart': '민간 핵융합 누적 투자(FIA 조사)',
      'overview.energy.title': '두 이야기가 만나는 곳',
      'overview.energy.body':
        '스타게이트의 가장 큰 숙제는 전력이고, 핵융합은 궁극적인 청정 해법으로 제시됩니다. AI 전력 수요와 핵융합 시나리오를 한 축에서 비교해 보세요.',
      'overview.energy.link': '에너지 살펴보기',
      'overview.target': '목표 {value}',
      'overview.kpi.target-capacity': '전력 용량 목표',
      'overview.kpi.target-investment': '투자 약속',
      'overview.kpi.announced': '발표된 용량',
      'overview.kpi.latest-claim': '최근 주장',
      'overview.kpi.running': '실제 가동 관측치(애빌린)',
      'overview.kpi.sites': '발표된 부지',
      'overview.kpi.sites.detail': '미국 {us}곳, 해외 {abroad}곳(취소된 확장 부지 제외)',
      'overview.kpi.iter-q': 'ITER 에너지 증폭률(Q) 목표',
      'overview.kpi.iter-dt': 'ITER D-T 운전',
      'overview.kpi.iter-dt.detail': '{previousPlan}: {previousYear}년, {firstPlan}: {firstYear}년',
      'overview.kpi.best-target-gain': '레이저 최고 표적 이득',
      'overview.kpi.longest-pulse': '최장 플라스마 유지',
      'overview.kpi.private-investment': '민간 핵융합 투자',
      'overview.kpi.private-investment.detail': 'FIA {year}년 조사, {companies}개 기업',
      'overview.kpi.asOf': '{date} 기준',
      'overview.unit.seconds': '{value}초',
      'overview.unit.ratio': 'Q {value}',
    },
  }),
);
