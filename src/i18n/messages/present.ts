import { registerMessages } from '../catalogue';
import { defineMessages } from '../define-messages';

/** Presenter mode, the speaker view, embeds and the Embed action. */
export const present = registerMessages(
  defineMessages({
    en: {
      'present.title': 'Presentation',
      'present.deck': 'Slides',
      'present.slideOf': 'Slide {n} of {total}',
      'present.prev': 'Previous slide',
      'present.next': 'Next slide',
      'present.help': 'Keyboard shortcuts',
      'present.help.close': 'Close',
      'present.help.nextKeys': '→, Space, Page Down',
      'present.help.prevKeys': '←, Page Up',
      'present.help.first': 'First slide',
      'present.help.last': 'Last slide',
      'present.help.fullscreen': 'Full screen on or off',
      'present.help.blackout': 'Black screen on or off',
      'present.help.overlay': 'Show or hide this help',
      'present.help.escape': 'Leave full screen, the black screen or this help',
      'present.help.key': 'Key',
      'present.help.action': 'Action',
      'present.fullscreen': 'Full screen',
      'present.blackout': 'Black screen. Press B to return.',
      'present.speaker': 'Speaker view',
      'present.copyDeck': 'Copy deck link',
      'present.copied': 'Link copied',
      'present.copyFailed': 'Copy failed; select the link and copy it',
      'present.exit': 'Leave presentation',
      'present.empty': 'This deck has no slides.',
      'present.autoAdvance': 'Advancing every {seconds} s',
      'present.paused': 'Auto-advance paused; it resumes after {seconds} s without a key press',
      'speaker.title': 'Speaker view',
      'speaker.current': 'Current slide',
      'speaker.next': 'Next slide',
      'speaker.nextNone': 'Last slide: the deck loops back to slide 1.',
      'speaker.notes': 'Notes',
      'speaker.timer': 'Elapsed',
      'speaker.timer.reset': 'Reset timer',
      'speaker.waiting':
        'Waiting for the audience window. Open the presentation in another window, or use the keys here.',
      'speaker.connected': 'Following the audience window',
      'notes.stargate-capacity':
        'Point out which sites are operating today and how much is still only planned; filters in the link can narrow it to one partner.',
      'notes.stargate-growth':
        'The gap to the 10 GW line is the story: announced is not built. Mention the date of the last announcement.',
      'notes.stargate-investment':
        'The headline pledge is not cash in hand: separate the equity commitments from site financing.',
      'notes.fusion-roadmap':
        'Compare the planned dates with the re-baselined ones; ITER’s slips set DEMO’s earliest date.',
      'notes.fusion-records':
        'Records are milestones, not power plants: gain above 1 is scientific breakeven, not net electricity.',
      'notes.energy-gap':
        'Set AI demand against firm clean supply; fusion arrives, if at all, after most of this demand.',
    },
    ko: {
      'present.title': '발표 모드',
      'present.deck': '슬라이드',
      'present.slideOf': '슬라이드 {n}/{total}',
      'present.prev': '이전 슬라이드',
      'present.next': '다음 슬라이드',
      'present.help': '키보드 단축키',
      'present.help.close': '닫기',
      'present.help.nextKeys': '→, 스페이스, Page Down',
      'present.help.prevKeys': '←, Page Up',
      'present.help.first': '첫 슬라이드',
      'present.help.last': '마지막 슬라이드',
      'present.help.fullscreen': '전체 화면 켜기/끄기',
      'present.help.blackout': '검은 화면 켜기/끄기',
      'present.help.overlay': '이 도움말 보기/숨기기',
      'present.help.escape': '전체 화면, 검은 화면 또는 이 도움말 닫기',
      'present.help.key': '키',
      'present.help.action': '동작',
      'present.fullscreen': '전체 화면',
      'present.blackout': '검은 화면입니다. B 키를 누르면 돌아갑니다.',
      'present.speaker': '발표자 보기',
      'present.copyDeck': '발표 자료 링크 복사',
      'present.copied': '링크를 복사했습니다',
      'present.copyFailed': '복사하지 못했습니다. 링크를 선택해 직접 복사하세요',
      'present.exit': '발표 모드 나가기',
      'present.empty': '이 발표 자료에는 슬라이드가 없습니다.',
      'present.autoAdvance': '{seconds}초마다 넘어갑니다',
      'present.paused': '자동 넘김이 멈췄습니다. 키 입력이 없으면 {seconds}초 뒤에 다시 시작합니다',
      'speaker.title': '발표자 보기',
      'speaker.current': '현재 슬라이드',
      'speaker.next': '다음 슬라이드',
      'speaker.nextNone': '마지막 슬라이드입니다. 다음은 1번 슬라이드로 돌아갑니다.',
      'speaker.notes': '발표 메모',
      'speaker.timer': '경과 시간',
      'speaker.timer.reset': '타이머 초기화',
      'speaker.waiting':
        '청중 화면을 기다리는 중입니다. 다른 창에서 발표를 열거나 여기서 키를 누르세요.',
      'speaker.connected': '청중 화면과 함께 넘어갑니다',
      'notes.stargate-capacity':
        '지금 가동 중인 부지와 아직 계획 단계인 용량을 짚어 주세요. 링크의 필터로 특정 파트너만 보여 줄 수 있습니다.',
      'notes.stargate-growth':
        '핵심은 10GW 목표선과의 차이입니다. 발표된 용량이 곧 건설된 용량은 아닙니다. 마지막 발표 날짜를 언급하세요.',
      'notes.stargate-investment':
        '발표된 투자 약속은 확보된 현금이 아닙니다. 지분 출자 약속과 부지별 자금 조달을 구분해 설명하세요.',
      'notes.fusion-roadmap':
        '당초 계획과 재조정된 일정을 비교하세요. ITER의 일정 지연이 DEMO의 가장 이른 시점을 정합니다.',
      'notes.fusion-records':
        '기록은 발전소가 아니라 이정표입니다. 에너지 증폭률(Q) 1 초과는 과학적 손익분기이지 순전력 생산이 아닙니다.',
      'notes.energy-gap':
        'AI 전력 수요를 안정적인 청정 전력 공급과 비교하세요. 핵융합은 설령 온다 해도 이 수요 대부분보다 늦게 옵니다.',
    },
  }),
);
