## auth_card_without_patient
auth_card_without_patient-title = 「カードだけ先に通して」
auth_card_without_patient-summary = 本人がいないカードは使えない。暗証番号も家族から聞けない。
auth_card_without_patient-arrive-l1 = （娘さん）母が車いすで、車の中で待っているんです。カードだけ先に通してもらえますか。暗証番号なら私が知ってます。
auth_card_without_patient-arrive-c1 = 「カードはご本人がいらっしゃらないと使えないんです。お母様と一緒に、こちらの機械でお願いします」
auth_card_without_patient-arrive-c2 = 「では暗証番号で先に通しておきますね」
auth_card_without_patient-arrive-c3 = 「持ち運べる端末があるので、お車までお持ちしましょうか」
auth_card_without_patient-pin_offered-l1 = （娘さん）番号は1、2……
auth_card_without_patient-pin_offered-c1 = 「あ、番号はおっしゃらないでください。職員はお聞きできないんです。お母様と一緒にお願いします」
auth_card_without_patient-mother-l1 = （お母様が車いすで窓口に）すみませんね、手間をかけて。
auth_card_without_patient-mother-c1 = 「とんでもないです。カメラのほうを見ていただけますか」
auth_card_without_patient-route-l1 = 終わったみたいです。これで大丈夫ですか？
auth_card_without_patient-route-c1 = 「はい、資格の確認ができました。このまま受付いたします」
auth_card_without_patient-pay-l1 = 今日は何割の負担になりますか？
auth_card_without_patient-pay-c1 = 「2割のご負担です」
auth_card_without_patient-pay-c2 = 「1割のご負担です」
auth_card_without_patient-done-l1 = （お母様）ありがとうね。
