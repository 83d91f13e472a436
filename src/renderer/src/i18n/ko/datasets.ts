// 내장 데이터 세트 (t('datasets.…')): 세트마다 이름과 한 줄 이야기 (src/core/datasets/registry.ts의
// id를 키로: nameKey, storyKey, noiseKey), 그리고 설정 항목의 이름.
export default {
  sets: {
    lab: {
      name: '실습의 학생 여섯 명',
      story:
        '학생 여섯 명의 강의 시간과 실습 시간, 그리고 합격 여부. 실습에 나오는 바로 그 데이터입니다.'
    },
    iris: {
      name: '붓꽃: setosa 또는 versicolor',
      story:
        '피셔의 붓꽃 데이터(1936): 꽃받침의 길이와 너비로 setosa와 versicolor를 구별합니다. 직선 하나로 나눌 수 있지만, 아슬아슬합니다.'
    },
    iris4: {
      name: '붓꽃: versicolor 또는 virginica (특성 4개)',
      story:
        '네 가지 측정값으로 versicolor와 virginica를 구별합니다. 두 종이 겹쳐 있어서 어떤 직선도 모든 꽃을 맞히지는 못합니다.'
    },
    blobs: {
      name: '두 개의 구름',
      story: '클래스마다 점들이 모인 구름 하나씩: 잡음이 클수록 두 구름이 더 많이 겹칩니다.',
      noise: '구름의 퍼짐 (겹침 정도)'
    },
    separable: {
      name: '선형 분리 가능',
      story: '두 클래스 사이에 빈 띠가 있습니다: 직선 하나로 언제나 나눌 수 있습니다.',
      noise: '점들의 퍼짐 (빈 띠는 그대로)'
    },
    xor: {
      name: 'XOR',
      story:
        '마주 보는 두 모서리에는 클래스 1, 나머지 두 모서리에는 클래스 0: 직선으로는 할 수 없는 일입니다. 다항 특성이면 됩니다.',
      noise: '모서리 주위의 퍼짐'
    }
  },
  picker: {
    open: '데이터 세트…',
    openHint: '내장 데이터 세트 불러오기: 실습 데이터, 붓꽃, 또는 생성한 점들',
    title: '내장 데이터 세트',
    set: '데이터 세트',
    shape: '{rows}행, 특성 {features}개',
    load: '불러오기',
    cancel: '취소',
    replaces: '불러오면 표가 바뀝니다. 실행 취소로 지금 표를 되돌릴 수 있습니다.'
  },
  errors: {
    notANumber: '{field}: “{value}”은(는) 숫자가 아닙니다',
    outOfRange: '{field}: {min}에서 {max} 사이여야 합니다',
    outOfRangeWhole: '{field}: {min}에서 {max} 사이의 정수여야 합니다',
    notApplicable: '{field}: 이 데이터 세트에는 쓸 수 없습니다'
  },
  notice: {
    loaded:
      '“{name}”을(를) 불러왔습니다: {rows}행, 특성 {features}개. 실행 취소로 이전 표를 되돌릴 수 있습니다.'
  },
  boundary: {
    curve:
      '경계가 곡선입니다. 모델이 x1², x2², x1·x2도 쓰는데, 그림은 이 값들을 x1과 x2로부터 계산합니다.'
  },
  params: {
    rows: '행 수',
    seed: '데이터 시드',
    polynomial: '다항 특성 (x1², x2², x1·x2)',
    polynomialHint: 'x1², x2², x1·x2를 특성으로 더해서 경계가 휠 수 있게 합니다'
  }
}
