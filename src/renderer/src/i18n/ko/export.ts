// 학습한 모델 내보내기와 가중치 가져오기 (t('export.…')).
export default {
  open: '내보내기…',
  title: '모델 내보내기',
  intro: '파일은 하나씩 저장됩니다. 브라우저에서는 다운로드됩니다.',
  close: '닫기',
  choices: {
    weightsJson: '가중치 (JSON)',
    weightsCsv: '가중치 (CSV)',
    predictionsCsv: '예측 결과 (CSV)',
    pytorch: 'PyTorch 스크립트 (.py, 가중치 포함)',
    pytorchSafetensors: 'PyTorch 스크립트 + 가중치 (.safetensors), .zip 하나로',
    safetensors: '가중치 (.safetensors)',
    onnx: 'ONNX 모델 (.onnx)',
    sklearn: 'scikit-learn 스크립트 (.py)',
    pytorchCode: 'PyTorch 학습 코드 (.py)',
    pytorchCodeModule: 'PyTorch 학습 코드, nn.Module 방식 (.py)'
  },
  blocked: {
    noModel: '먼저 학습하세요. 아직 학습된 모델이 없습니다.',
    noData: '데이터의 문제를 먼저 고쳐야 합니다.',
    issue: {
      noWeights: '모델에 가중치가 없습니다.',
      featureNameCount: '특성 이름과 가중치의 수가 맞지 않습니다.',
      notFloat32: '{field} 값이 32비트 부동소수점에 들어가지 않습니다.',
      threshold: '임계값이 0과 1 사이가 아닙니다.',
      dataWidth: '데이터의 특성 수가 모델과 다릅니다.'
    }
  },
  importWeights: '가중치 가져오기…',
  importHint: '가중치 JSON이나 .safetensors 파일을 지금 데이터로 평가합니다.',
  message: {
    exported: '{files}을(를) 내보냈습니다.',
    exportFailed: '내보내지 못했습니다: {message}.',
    imported: '{file}의 모델을 보여 줍니다. 학습하면 설정에서 새로 시작합니다.',
    importedThreshold: '파일의 임계값 {threshold}을(를) 설정했습니다.',
    nameWarning:
      '{index}번 특성의 이름이 파일에서는 “{actual}”, 여기서는 “{expected}”입니다. 가중치는 순서대로 적용됩니다.',
    importRefused: '{file}을(를) 가져오지 못했습니다: {reason}.',
    importMismatch:
      '{file}을(를) 가져오지 못했습니다: 가중치는 {actual}개인데 데이터의 특성은 {expected}개입니다.',
    importUnreadable: '{file}을(를) 읽지 못했습니다.'
  },
  importError: {
    tooLarge: '파일이 {actual}바이트인데 최대 {limit}바이트까지입니다',
    notUtf8: 'UTF-8 텍스트가 아닙니다',
    syntax: '올바른 JSON이 아닙니다',
    notAnObject: '{field}이(가) 객체가 아닙니다',
    missingField: '{field} 필드가 없습니다',
    unknownField: '{field}은(는) 이 형식에 없는 필드입니다',
    format: '"format"이 {value}이어서 Logit Lab 가중치 파일이 아닙니다',
    notAList: '{field} 필드가 목록이 아닙니다',
    notANumber: '{field} 필드가 숫자가 아닙니다',
    nonFinite: '{field} 필드가 유한한 숫자가 아닙니다',
    notAString: '{field} 필드가 텍스트가 아닙니다',
    noWeights: '가중치가 없습니다',
    tooManyWeights: '가중치가 {actual}개인데 최대 {limit}개까지입니다',
    count: '가중치 {expected}개에 특성 이름이 {actual}개입니다',
    nameLength: '특성 이름이 {actual}자인데 최대 {limit}자까지입니다',
    threshold: '임계값 {value}이(가) 0과 1 사이가 아닙니다',
    truncated: '파일이 중간에 끊겼습니다',
    headerLength: '헤더가 파일 끝을 넘어갑니다',
    dtype: '{field} 필드의 자료형이 F32나 F64가 아닌 {value}입니다',
    shape: '{field} 필드의 모양이 {value}입니다',
    offsets: '{field} 필드가 데이터 밖을 가리킵니다',
    overlap: '두 텐서가 같은 바이트를 씁니다',
    uncoveredData: '어느 텐서에도 속하지 않는 바이트가 있습니다'
  }
}
