# Free play (窓口モード): the window's objects and acts, what the receptionist says, what the
# patient answers, refusals, consequences and the whole-handling debrief.

## モードと端末

free-mode-title = 窓口モード
free-mode-hint = 患者さん・機器・書類など窓口にあるものを選んで自由に対応し、最後に対応の全体で評価を受けます。
free-arrives = { $companion ->
    [parent] { $name }さん（{ $age }歳）が、保護者の方と一緒に窓口に来られました。
    [family] { $name }さん（{ $age }歳）が、ご家族に付き添われて窓口に来られました。
    [carer] { $name }さん（{ $age }歳）が、施設の職員さんに付き添われて窓口に来られました。
   *[none] { $name }さん（{ $age }歳）が窓口に来られました。
}
cli-free-how = 行動の番号を入力してください。? でもう一度一覧を表示します。受付完了にすると振り返りが出ます。
cli-free-prompt = 番号を入力（? で一覧）：
cli-free-shift-patient = == 患者さん { $number } / { $count } ==
cli-free-shift-total = シフトの合計：患者さん { $count }人、{ $points } / { $max }点（{ $percent }%）、窓口での時間 約{ $minutes }分

## 窓口にあるもの（メニューの見出し）

free-object-patient = 患者さん
free-object-reader = 顔認証付きカードリーダー
free-object-terminal = 資格確認端末
free-object-forms = 書類・申立書
free-object-register = 会計・請求
free-object-desk = 受付

## 患者さんへの行動のまとまり

free-intent-ask = あいさつ・確認
free-intent-documents = 書類をお願いする
free-intent-guide = リーダーの案内
free-intent-advise = 説明・案内
free-intent-other = その他

## 窓口の行動（メニューの文言）

free-act-greet = あいさつする
free-act-ask_visited_before = 受診歴を尋ねる
free-act-ask_details_changed = 前回から変わったことがないか尋ねる
free-act-examine-my_number_card = マイナンバーカードの表面をよく見る
free-act-examine-smartphone_card = スマホのマイナ保険証の画面をよく見る
free-act-examine-insurance_card = 健康保険証の内容を確かめる
free-act-examine-eligibility_certificate = 資格確認書の内容を確かめる
free-act-examine-eligibility_notice = 「資格情報のお知らせ」の内容を確かめる
free-act-examine-portal_screen = マイナポータルの画面の内容を確かめる
free-act-hand_back-my_number_card = マイナンバーカードをお返しする
free-act-hand_back-smartphone_card = スマホをお返しする
free-act-hand_back-insurance_card = 健康保険証をお返しする
free-act-hand_back-eligibility_certificate = 資格確認書をお返しする
free-act-hand_back-eligibility_notice = 「お知らせ」をお返しする
free-act-hand_back-portal_screen = スマホ（マイナポータルの画面）をお返しする
free-act-finish = 受付完了にする
free-act-hand_to_senior = 先輩に引き継ぐ

## 受付が言うこと：あいさつと確認

free-say-window-greet = こんにちは。本日はどうされましたか。
free-say-window-ask_visited_before = 以前にも当院を受診されたことはございますか。
free-say-window-ask_details_changed = 前回のご来院から、保険やご住所、お名前などで変わったことはございませんか。
free-say-window-finish = { $name }様、受付が済みましたので、おかけになってお待ちください。順番にお名前をお呼びします。
free-say-window-hand_to_senior = 少々お待ちください。担当の者に代わりますね。
free-say-ask_patient_pin = 暗証番号を教えていただけますか。こちらで入力しておきますので。

## 受付が言うこと：書類をお願いする

free-say-ask_for_insurance_document = 恐れ入りますが、マイナ保険証か資格確認書はお持ちでしょうか。
free-say-ask_for-my_number_card = マイナンバーカードはお持ちでしょうか。
free-say-ask_for-smartphone_card = スマートフォンのマイナ保険証をお使いでしたら、画面を見せていただけますか。
free-say-ask_for-insurance_card = 以前の健康保険証はお持ちでしょうか。
free-say-ask_for-eligibility_certificate = 保険者から届いた資格確認書はお持ちではありませんか。
free-say-ask_for-eligibility_notice = 保険者から届いた『資格情報のお知らせ』はお持ちでしょうか。
free-say-ask_for-portal_screen = スマートフォンで、マイナポータルの保険の資格情報の画面を出していただけますか。

## 受付が言うこと：リーダーの案内

free-say-guide_to_reader = こちらの機械にカードを置いて、画面の案内に沿ってお進みください。
free-say-ask_to_remove_sleeve = 恐れ入りますが、カードはケースから出して置いていただけますか。ケースに入ったままだと読み取れないことがあるんです。
free-say-choose_auth-face = 画面で『顔認証』を選んで、カメラの枠にお顔を合わせてください。
free-say-choose_auth-pin = 画面で『暗証番号』を選んで、4桁の番号をご自身で入力してください。私どもが番号をお伺いすることはありませんので。
free-say-assist_placing_card = お手伝いしましょうか。では、カードをお置きしますね。画面はそのままご覧ください。
free-say-offer_registration = 保険証としての利用登録がまだのようです。この機械でそのまま登録できますので、画面の案内に沿って進めていただけますか。
free-say-offer_info_sharing = 続いて、過去のお薬などの情報を共有するかどうかの画面が出ます。同意は任意ですので、ご自身で選んでください。同意されなくても保険診療は受けられます。

## 受付が言うこと：説明・案内

free-say-advise-cert_renewal = カードの電子証明書の更新が必要なようです。お住まいの市区町村の窓口で手続きをお願いいたします。
free-say-advise-re_registration = 電子証明書を更新されたら、保険証としての利用登録もあらためてお願いします。こちらの機械でもできますよ。
free-say-advise-renewal_works_tomorrow = 本日更新されたばかりですと、反映まで1日ほどかかるんです。明日からはいつもどおりお使いいただけます。
free-say-advise-pin_reset = 暗証番号のロックは、お住まいの市区町村の窓口で解除して、設定し直すことができます。
free-say-advise-bring_valid_document_next_time = 次回は、マイナ保険証か資格確認書をお持ちいただけますか。
free-say-advise-refund_within_month = 同じ月のうちにマイナ保険証か資格確認書をお持ちいただければ、差額をお返しします。
free-say-advise-tell_new_numbers = 新しい保険の記号・番号がわかりましたら、お電話か次回のご来院のときに教えてください。
free-say-advise-registration_lag = 保険の切り替えの情報が、まだシステムに届いていないようです。お勤め先と保険者の手続きに、それぞれ5日ほどかかることがあるんです。
free-say-advise-apply_for_eligibility_certificate = カードがお手元にないあいだは、保険者に資格確認書を申請していただくと安心です。
free-say-advise-consent_optional = 情報共有への同意は任意です。同意されなくても、保険診療はいつもどおり受けられます。
free-say-advise-bring_physical_card = 次回は、マイナンバーカードの本体をお持ちいただけますか。
free-say-advise-get_new_insurance_card = お勤め先の保険者に、新しい健康保険証を発行してもらってください。
free-say-advise-myna_or_full_cost = マイナ保険証がないと、10割のご負担になります。

## 受付が言うこと：負担割合と確認の方法

free-say-charge-10 = 本日は1割のご負担になります。
free-say-charge-20 = 本日は2割のご負担になります。
free-say-charge-30 = 本日は3割のご負担になります。
free-say-charge-100 = 本日は10割、全額のご負担になります。
free-say-confirm_by-none = 本日は保険の確認ができるものがないため、いったん全額のお支払いになります。
free-say-confirm_by-declaration = こちらの被保険者資格申立書に、わかる範囲でご記入いただけますか。それで保険でお受けできます。
free-say-accept_oral_confirmation = 前回から、保険やご住所にお変わりはございませんか。お変わりなければ、このまま受付いたします。

## 受付が言うこと：カードと書類

free-say-return_card = カードをお返しします。お取り忘れのないようお気をつけください。
free-say-check_card_front = よろしければ、カードの表面を少しだけ拝見してもよろしいですか。すぐにお返しします。
free-say-keep_card = カードはお帰りまでお預かりしますね。
free-say-refuse-my_number_card = 申し訳ございません、本日はこちらのカードでは保険の確認ができないんです。
free-say-refuse-smartphone_card = 申し訳ございません、当院ではスマートフォンのマイナ保険証を読み取ることができないんです。
free-say-refuse-insurance_card = 申し訳ございません、こちらの保険証は本日はお使いいただけないんです。
free-say-refuse-eligibility_certificate = 申し訳ございません、こちらの資格確認書は本日はお使いいただけないんです。
free-say-refuse-eligibility_notice = 申し訳ございません、『資格情報のお知らせ』だけでは保険の確認ができないんです。
free-say-refuse-portal_screen = 申し訳ございません、画面だけでは保険の確認ができないんです。

## 言うのではなく、することの表示

free-did = （{ $text }）

## 患者さんが言うこと：あいさつと確認

free-patient-greeting = { $companion ->
    [parent] { $mood ->
        [worried] すみません、この子が昨日から歯が痛いって言っていて……。今日診ていただけますか。
        [annoyed] 予約の時間に来たんですけど……。この子の検診、早めにお願いできますか。
        [hurried] すみません、このあと用事があって急いでいるんです。この子の定期検診をお願いします。
       *[other] こんにちは。この子の歯の検診で来ました。
    }
    [carer] 施設の者です。{ $name }さんの付き添いで来ました。入れ歯の具合が悪いそうで。
   *[other] { $mood ->
        [worried] あの、昨日から奥歯がずきずき痛くて……。今日診ていただけますか。
        [annoyed] 予約の時間に来たんですけど。詰め物が取れちゃったので、早くしてもらえますか。
        [hurried] すみません、このあと仕事なので、できるだけ早くお願いします。定期検診です。
       *[other] こんにちは。予約していた定期検診で来ました。
    }
}
free-patient-visited_before = { $companion ->
    [parent] はい、この子は前にも診ていただいています。
   *[other] はい、前にも何度か来ています。
}
free-patient-first_visit = { $companion ->
    [parent] いえ、この子はこちらは初めてです。
   *[other] いえ、今日が初めてです。
}
free-patient-nothing_changed = いえ、特に変わっていないです。
free-patient-something_changed = { $companion ->
    [parent] あ、実は私の仕事が変わって……。この子の保険も変わっているかもしれません。
   *[other] あ、実はこの前、仕事が変わって……。保険も変わっているかもしれません。
}

## 患者さんが言うこと：書類

free-patient-no_insurance_document = { $companion ->
    [parent] すみません、この子の分は今日、何も持ってきていなくて……。
   *[other] え、保険の……？ すみません、今日は何も持ってきていないんです。
}
free-patient-card_lost = { $companion ->
    [parent] それが、この子のマイナンバーカードをなくしてしまって……。
   *[other] それが……マイナンバーカードをなくしてしまったんです。
}
free-patient-hands_over-my_number_card = { $companion ->
    [parent] はい、この子のカードです。
   *[other] はい、これです。
}
free-patient-hands_over-smartphone_card = スマホのマイナ保険証でもいいですか。はい、これです。
free-patient-hands_over-insurance_card = 前の保険証なら、まだお財布に入っていました。これです。
free-patient-hands_over-eligibility_certificate = 資格確認書って、これですよね。はい、どうぞ。
free-patient-hands_over-eligibility_notice = これ、保険のところから届いた『お知らせ』なんですけど……。
free-patient-hands_over-portal_screen = マイナポータルの画面ですね。……はい、出ました。これです。
free-patient-has_none-my_number_card = { $companion ->
    [parent] すみません、この子のカードは今日、持ってきていなくて……。
   *[other] すみません、マイナンバーカードは今日、持ってきていないんです……。
}
free-patient-has_none-smartphone_card = スマホのほうは、設定していないんです。
free-patient-has_none-insurance_card = 前の保険証は、もう手元にないんです。
free-patient-has_none-eligibility_certificate = 資格確認書ですか？ いえ、それは持っていないです。
free-patient-has_none-eligibility_notice = 『お知らせ』ですか？ 届いたかもしれないですけど、今日は持っていないです。
free-patient-has_none-portal_screen = マイナポータルは使ったことがなくて……。
free-patient-takes_back-my_number_card = はい、ありがとうございます。
free-patient-takes_back-smartphone_card = はい、どうも。
free-patient-takes_back-insurance_card = あ、はい。しまっておきますね。
free-patient-takes_back-eligibility_certificate = はい、ありがとうございます。
free-patient-takes_back-eligibility_notice = はい。じゃあ、しまっておきます。
free-patient-takes_back-portal_screen = はい、どうも。
free-patient-takes_card_back = あ、はい。ありがとうございます。

## 患者さんが言うこと：リーダーと暗証番号

free-patient-asks_for_help = すみません、機械がよくわからなくて……。カードを置くのを手伝っていただけますか。
free-patient-refuses_pin = えっ、暗証番号は人に教えちゃいけないって聞いてますけど……。自分で入れます。
free-patient-uneasy = あの……カードをどうされるんですか。ちょっと心配なんですけど。

## 患者さんが言うこと：説明とお会計

free-patient-understands = はい、わかりました。
free-patient-upset_full_cost = { $mood ->
    [annoyed] 全額って、どういうことですか。保険料はちゃんと払ってますよ。
   *[other] えっ、全額ですか？ 保険にはちゃんと入っているのに……。
}
free-patient-upset_pressured = そんな言い方しなくても……。マイナ保険証じゃないとだめなんですか。
free-patient-pays = はい。じゃあ、それでお願いします。
free-patient-fills_form = わかりました、書きますね。……わかるところだけですけど、これでいいですか。
free-patient-leaves = { $mood ->
    [annoyed] もういいです。帰ります。
    [hurried] すみません、もう時間がないので、今日は帰ります。
   *[other] ……もういいです。今日はやめておきます。
}

## できないこと（いまはその行動ができない理由）

free-refused-ended = この受付はもう終わっています。
free-refused-not_on_counter = { $document }は受付台にありません。まず患者さんにお願いしてください。
free-refused-nothing_on_reader = カードリーダーにはまだ何も置かれていません。まずリーダーへご案内ください。
free-refused-no_numbers = 照会できる記号・番号がありません（番号の載った書類も、以前の受診記録もありません）。
free-refused-wrong_setting = この場ではできません。院内の受付と訪問診療とでは、使える機器が違います。

## 対応の結果起きたこと

free-consequence-told_full_cost = 患者さんは、払う必要のない全額（10割）を求められました。
free-consequence-card_kept = 患者さんのマイナンバーカードが、受付で預かられたままになりました。
free-consequence-card_forgotten = マイナンバーカードが受付に残ったまま、患者さんは待合室へ移りました。
free-consequence-claim_returned = この受診のレセプトは、翌月に返戻されてきます。
free-consequence-patient_left = 患者さんは受診せずに帰ってしまいました。
free-consequence-overcharged = 患者さんは、本来の負担より多く支払いました。
free-consequence-undercharged = 患者さんの負担が本来より少なく、差額はあとから請求するか医院の損になります。

## 結末

free-end-checked_in = 受付が完了し、患者さんは待合室へ移りました。
free-end-left = 患者さんは気分を害して、受付をせずに帰りました。
free-end-timed_out = 長く待たされた患者さんは、受付を終えないまま帰りました。
free-end-handed_over = 先輩スタッフに対応を引き継ぎました。

## 振り返り

free-part-route = 資格確認の方法
free-part-auth = 本人確認
free-part-copay = 負担割合
free-part-claim = 請求
free-debrief-part = {"  "}{ $part }：{ $verdict }（あなた：{ $done } ／ 正しくは：{ $expected }）　{ $points }/{ $max }点
free-debrief-not-decided = 決めていません
free-debrief-undecided = 未決定
free-debrief-unsupported = マイナ保険証の結果で受け付けるには、先にカードをリーダーで読み取り、資格確認端末に有効な結果が出ている必要があります。
free-debrief-clock = 窓口での時間：{ $minutes }分{ $seconds }秒（行動 { $acts }回）
free-debrief-parts = 判断ごとの評価：
free-debrief-steps = 必要な手順：
free-debrief-remarks = 行動への指摘：
free-debrief-consequences = 対応の結果起きたこと：
free-debrief-transcript = 行動の記録：
free-debrief-step-taken = {"  "}✓ { $step }
free-debrief-step-missed = {"  "}× { $step }（していません）
free-remark-prohibited = {"  "}禁止：{ $act }（−{ $penalty }点）
free-remark-wrong = {"  "}誤り：{ $act }（−{ $penalty }点）
free-remark-needless = {"  "}不要：{ $act }（−{ $penalty }点）

## 生成した患者さん（テーマは始める前には伏せておく）

free-generated-title = 窓口：{ $name }さん
free-theme-ordinary = 窓口に来られた患者さんの受付をします。
free-theme-black_circle = 窓口に来られた患者さんの受付をします。
free-theme-invalid = 窓口に来られた患者さんの受付をします。
free-theme-device_failure = 窓口に来られた患者さんの受付をします。
free-theme-certificate = 窓口に来られた患者さんの受付をします。
free-theme-notice_only = 窓口に来られた患者さんの受付をします。
free-theme-full_cost = 窓口に来られた患者さんの受付をします。
free-theme-paper_document = 窓口に来られた患者さんの受付をします。
free-theme-pin = 窓口に来られた患者さんの受付をします。
free-theme-age = 窓口に来られた患者さんの受付をします。

## 振り返りで明かすテーマ

free-theme-debrief-ordinary = マイナ保険証でのふだんどおりの受付
free-theme-debrief-black_circle = 資格確認端末で氏名の一部が「●」になる患者さん（カナ氏名での確認）
free-theme-debrief-invalid = 「資格（無効）」「資格情報なし」と出る患者さん（新しい保険者の登録待ちなど）
free-theme-debrief-device_failure = カードリーダーや回線の不調で、マイナ保険証が読めないとき
free-theme-debrief-certificate = 電子証明書の有効期限（期限間近・猶予期間中・期限切れ）
free-theme-debrief-notice_only = マイナンバーカードと「資格情報のお知らせ」またはマイナポータル画面での確認
free-theme-debrief-full_cost = 保険を確認できるものがなく10割になるときと、あとからの返金
free-theme-debrief-paper_document = 資格確認書や従来の健康保険証での受付
free-theme-debrief-pin = 暗証番号を忘れた・ロックされた・暗証番号のないカード
free-theme-debrief-age = 年齢による負担割合

## 公費の書類と会計
free-act-examine-subsidy_certificate = 受給者証・医療証の内容を確かめる
free-act-examine-elderly_recipient_certificate = 高齢受給者証の内容を確かめる
free-act-hand_back-subsidy_certificate = 受給者証・医療証をお返しする
free-act-hand_back-elderly_recipient_certificate = 高齢受給者証をお返しする
free-patient-hands_over-subsidy_certificate = はい、医療証はこれです。
free-patient-hands_over-elderly_recipient_certificate = はい、高齢受給者証です。
free-patient-has_none-subsidy_certificate = あ、医療証は今日は持ってきていないんです…
free-patient-has_none-elderly_recipient_certificate = 高齢受給者証…ですか？ 持ってきていません。
free-patient-takes_back-subsidy_certificate = はい、ありがとうございます。
free-patient-takes_back-elderly_recipient_certificate = はい、ありがとうございます。
free-say-ask_for-subsidy_certificate = 医療費の受給者証（医療証）をお持ちでしたら、お出しいただけますか。
free-say-ask_for-elderly_recipient_certificate = 保険証といっしょに、高齢受給者証もお見せいただけますか。
free-say-refuse-subsidy_certificate = 申し訳ございません、こちらの受給者証は本日はお使いいただけません。
free-say-refuse-elderly_recipient_certificate = 申し訳ございません、こちらの高齢受給者証は本日はお使いいただけません。
free-say-advise-subsidy_reimbursement = 本日は保険のご負担分をお支払いいただき、助成の分は後日、市区町村にご申請いただけます。
free-say-advise-claim_ryouyouhi = 先月の全額のお支払い分は、ご加入の保険者に療養費として申請していただけます。
free-say-charge-0 = 本日のお支払いはございません。
free-part-subsidy = 公費
free-arrives-home = （訪問診療：患者さんのお宅にうかがっています。カードリーダーはなく、モバイル端末で確認します）
free-arrives-cannot_operate = 付き添いの方の話では、ご本人はカードリーダーの操作が難しいそうです。
