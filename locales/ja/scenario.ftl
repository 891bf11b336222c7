### シナリオ・機器・検証の文言。

## 難易度・領域・結末

difficulty-beginner = 初級
difficulty-intermediate = 中級
difficulty-advanced = 上級
competency-authentication = 本人確認とカードリーダー
competency-certificate_expiry = 電子証明書の有効期限
competency-invalid_eligibility = 資格（無効）・資格情報なし
competency-missing_documents = カード・書類を持っていない
competency-system_failure = 機器・回線の障害
competency-copay_by_age = 年齢と負担割合
competency-privacy_and_conduct = 個人情報と取り扱い
competency-home_visit = 訪問診療
competency-public_funding = 公費（医療証・受給者証・生活保護・PMH）
competency-old_cards_and_dates = 従来の保険証・資格確認書と日付
ending-served = 受付が終わり、診療へ進みました
ending-patient_left = 患者さんは受付をせずに帰りました
ending-escalated = 先輩スタッフに引き継ぎました
ending-resolved = 対応が終わりました

## 顔認証付きカードリーダーの画面（実機の文言は機種により異なります）

reader-title = 顔認証付きカードリーダー
reader-title-home_visit = 訪問診療用の資格確認アプリ（居宅同意取得型）
reader-not_started = （画面が暗いまま。起動していません）
reader-out_of_order = エラー：装置に異常があります。受付にお声がけください
reader-idle = マイナンバーカードを置いてください（ケースから出してください）
reader-read_failed = 読み取りに失敗しました。カードを置き直してください
reader-choose_method = 本人確認の方法を選んでください
reader-choose_method-face = 顔認証
reader-choose_method-pin = 暗証番号
reader-choose_method-smartphone = スマートフォン
reader-face_scan = カメラの枠にお顔を合わせてください
reader-face_failed = 認証できませんでした。もう一度お試しいただくか、暗証番号をお選びください。難しい場合は受付にお声がけください
reader-pin_entry = 暗証番号（数字4桁）を入力してください
reader-pin_wrong = 暗証番号が違います（あと{ $tries_left }回でロックされます）
reader-pin_locked = 暗証番号がロックされています。お住まいの市区町村で再設定してください
reader-no_pin_on_card = このカードには暗証番号が設定されていません
reader-visual_check = 職員による目視確認
reader-visual_check-passcode = 職員：カードの写真とお顔を確認し、目視用パスワードを入力してください
reader-visual_check-terminal = 職員：資格確認端末で目視モードに切り替えて確認してください
reader-visual_check-home_visit = 職員：カードの写真とご本人のお顔を見比べ、アプリで目視確認を選んでください
reader-visual_passcode_not_set = 目視用パスワードが設定されていません（資格確認端末で設定してください）
reader-registration_offer = 健康保険証として利用登録されていません。登録しますか
reader-registered = 利用登録が完了しました
reader-cert_alert = 電子証明書の有効期限（{ $expires }）が近づいています。お住まいの市区町村で更新してください
reader-cert_grace_notice = 電子証明書の有効期限（{ $expires }）が切れています。資格情報のみ当機関に提供します。{ $grace_end }までに市区町村で更新してください［次へ］
reader-cert_error = 受付窓口にご連絡ください。電子証明書が失効しています（市区町村で更新を）
reader-not_yet_reflected = 電子証明書を確認できません。受付窓口にご連絡ください
reader-network_error = 通信エラーが発生しました。受付にお声がけください
reader-smartphone_hold = スマートフォンを読み取り機にかざしてください
reader-consent = 過去の診療・お薬の情報を当機関に提供することに同意しますか（まとめて同意／個別に選ぶ／同意しない）
reader-done = 受付が完了しました。カードをお取りください

## 資格確認端末の結果画面

terminal-title = 資格確認端末
terminal-not_queried = （まだ照会していません）
terminal-offline = 通信エラー：オンライン資格確認につながりません（まだ照会していません）
terminal-query-card = 照会区分：マイナンバーカード
terminal-query-numbers = 照会区分：被保険者証情報（記号・番号）
terminal-query-requery = 照会区分：再照会
terminal-validity = 資格有効性
terminal-validity-valid = 有効
terminal-validity-invalid = 無効
terminal-validity-no_record = 該当資格なし
terminal-validity-error = 照会できませんでした（通信エラー）
terminal-name = 氏名
terminal-kana = カナ氏名
terminal-birth = 生年月日
terminal-sex = 性別
terminal-sex-female = 女
terminal-sex-male = 男
terminal-insurer = 保険者名称
terminal-copay = 一部負担金割合
terminal-preschool = 未就学区分：未就学
terminal-lost = 資格喪失年月日
terminal-lost-reason = 喪失事由：その他
terminal-auth = 本人確認方法
terminal-cert-expiring = 処理結果メッセージ：電子証明書の有効期限まで3か月以内です
terminal-consent-yes = 診療・薬剤情報：同意あり
terminal-consent-no = 診療・薬剤情報：同意なし

## 書類の表示

document-none = （患者さんはそれを持っていません）
document-shown = 患者さんが{ $document }を出しました

## もしも（1つの事実を変えると）

whatif-cert_month_earlier = 電子証明書の期限が1か月早かったら
whatif-cert_month_later = 電子証明書の期限が1か月遅かったら
whatif-toggle_network = 回線の状態が逆だったら
whatif-toggle_reader = カードリーダーの状態が逆だったら
whatif-year_older = 患者さんが1歳年上だったら
whatif-year_younger = 患者さんが1歳年下だったら
whatif-toggle_record = 新しい保険者の登録状況が逆だったら
whatif-visit_month_later = 受診日が1か月後だったら
whatif-visit_month_earlier = 受診日が1か月前だったら
whatif-add_eligibility_certificate = 有効な資格確認書も持っていたら
whatif-toggle_pin = 暗証番号を覚えている・忘れたが逆だったら
whatif-toggle_face = 顔認証の結果が逆だったら

## 検証（madoguchi check）の指摘

finding-io = 読めません：{ $detail }
finding-unknown_locale = locales/ の下の「{ $folder }」は対応言語ではありません（ja か en）
finding-syntax = 書式の誤り：{ $detail }
finding-unknown_field = 知らない項目です：{ $detail }
finding-unknown_action = 知らない行動です：{ $detail }
finding-unknown_competency = 知らない領域です：{ $detail }
finding-unknown_value = 知らない値です：{ $detail }
finding-unsupported_version = version { $version } は読めません（1 にしてください）
finding-bad_id = id「{ $id }」は英小文字・数字・_ だけで書いてください
finding-duplicate_id = id「{ $id }」は { $other } でも使われています
finding-too_large = { $what ->
    [beats] 場面が { $count } 個あります。1つのシナリオは { $limit } 個までです。いくつかのシナリオに分けてください
   *[choices] 場面「{ $beat }」の選択肢が { $count } 個あります。{ $limit } 個までです
}
finding-no_competency = competencies が空です。少なくとも1つ挙げてください
finding-missing_beat = 場面「{ $beat }」がありません（{ $from } から参照）{ $near ->
    [none] {""}
   *[other] 。「{ $near }」のことですか？
}
finding-unknown_variable = 文言「{ $id }」（{ $lang }）の { "{" } ${ $name } { "}" } は、シナリオが渡さない変数です（研修生にはそのまま表示されます）。{ $near ->
    [none] 使える変数：{ $given }
   *[other] 「{ $near }」のことですか？（使える変数：{ $given }）
}
finding-unreachable_beat = 場面「{ $beat }」にはどこからも到達できません
finding-dead_end = 場面「{ $beat }」は結末ではないのに選択肢がありません
finding-endless_cycle = 場面「{ $beat }」から結末にたどり着く道がありません（抜け出せない繰り返し）
finding-ending_with_choices = 結末の場面「{ $beat }」に選択肢があります
finding-missing_message = 文言「{ $id }」が { $lang } にありません
finding-unused_message = 文言「{ $id }」（{ $lang }）はどのシナリオでも使われていません
finding-ftl_syntax = fluent の書式の誤り：{ $detail }
finding-message_clash = 文言「{ $id }」（{ $lang }）は { $other } でも定義されています
finding-impossible_fact = ありえない事実：{ $detail }（{ $draw }）
finding-assertion_failed = 前提が成り立ちません：事実からは、{ $condition }になりません（{ $draw }）
finding-expectation_mismatch = 場面「{ $beat }」の選択肢{ $choice }：作者の見込みは「{ $expected }」、エンジンの判定は「{ $engine }」（{ $rules }。{ $draw }）
finding-missing_decision = 受付が終わる道で、{ $decisions }を決めていません。例：{ $path }（同じ不足で終わる結末 { $count }件。{ $draw }）
finding-bad_variant = 変化の指定が誤っています：{ $detail }
finding-my_number = { $id ->
    [none] この行
   *[other] 文言「{ $id }」（{ $lang }）
}に12桁続く数字があります。マイナンバーのように見える数字は、架空でもシナリオに書けません（窓口は番号を表示しません）
finding-no_glyph = この行の { $chars } は同梱のフォントにない文字で、研修生には □ と表示されます。別の文字に置き換えるか、言葉で説明してください

## 書類の券面（番号は架空。マイナンバーは表示しません）

doc-title-my_number_card = マイナンバーカード（表面）
doc-title-smartphone_card = スマートフォンのマイナ保険証
doc-title-insurance_card-employee = 健康保険 被保険者証
doc-title-insurance_card-national = 国民健康保険 被保険者証
doc-title-insurance_card-late_elderly = 後期高齢者医療 被保険者証
doc-title-eligibility_certificate-employee = 健康保険 資格確認書
doc-title-eligibility_certificate-national = 国民健康保険 資格確認書
doc-title-eligibility_certificate-late_elderly = 後期高齢者医療 資格確認書
doc-title-eligibility_notice = 資格情報のお知らせ
doc-title-portal_screen = マイナポータル　健康保険証の資格情報
doc-field-name = 氏名
doc-field-birth = 生年月日
doc-field-sex = 性別
doc-field-card_expires = カードの有効期限
doc-field-cert_expires = 電子証明書の有効期限
doc-field-phone = 端末
doc-field-symbol = 記号
doc-field-number = 番号
doc-field-insured_number = 被保険者番号
doc-field-branch = 枝番
doc-field-address = 住所
doc-field-insurer_number = 保険者番号
doc-field-insurer = 保険者名称
doc-field-expires = 有効期限
doc-field-copay = 一部負担金の割合
doc-sex-female = 女
doc-sex-male = 男
doc-phone-iphone = iPhone（本体の生体認証で確認）
doc-phone-android = Android（スマホ用電子証明書の暗証番号）
doc-no-date = 記載なし
doc-faceauth-remark = 追記欄：顔認証
doc-no-photo = 顔写真なし（乳児用）
doc-insurer-kyokai = 全国健康保険協会 東京支部
doc-insurer-previous-kyokai = 全国健康保険協会 神奈川支部
doc-insurer-kumiai = みなと商事健康保険組合
doc-insurer-previous-kumiai = さくら電機健康保険組合
doc-insurer-kyosai = 東京都職員共済組合
doc-insurer-previous-kyosai = 地方職員共済組合
doc-insurer-national = みなと市 国民健康保険
doc-insurer-previous-national = さくら市 国民健康保険
doc-insurer-late_elderly = 東京都後期高齢者医療広域連合
doc-insurer-previous-late_elderly = 神奈川県後期高齢者医療広域連合
doc-photo = 顔写真

## 振り返りの見出し

present-sources = 出典
present-evidence = 根拠
present-right-answer = 正しくは
present-steps = 必要な対応：
present-prohibited = してはいけないこと：
present-score = 得点 { $points } / { $max }（{ $percent }%）
present-prohibited-count = 禁止されている行為が { $count } 件ありました（評価では不合格になります）
present-your-decisions = あなたの判断：
present-decisions = 判断：
present-missing = 未決定
present-right-handling = 正しい対応：
present-rules = 関係するルール：
present-seed = この出題のシード：{ $seed }（同じシードで同じ条件を再現できます）
present-labelled = { $label }：{ $value }
present-device = ［{ $device }］{ $text }
present-line = 「{ $text }」
present-said = ▶ { $text }
present-aside = （{ $text }）
present-list-sep = 、
present-options = ［{ $options }］
present-ruling-before-coverage = 受診日 { $date } は、このルールの対象（{ $first } 以降）より前です
present-ruling-born-after-visit = 生年月日 { $birth } が受診日 { $date } より後になります
present-step = 流れ
present-unscored = 選択肢が一つだけの場面なので採点しません
finding-missed_step = 受付が終わる道で、正しい対応に必要な手順「{ $steps }」を取っていません。例：{ $path }（同じ不足で終わる結末 { $count }件。{ $draw }）
finding-repeatable_cycle = 場面「{ $beat }」から始まる繰り返しを、いつまでも回り続けられます：{ $cycle }（評価が終わらなくなります。繰り返しの中で先へ進ませてください）
present-missed-step = 取らなかった手順

## 公費の書類
doc-title-subsidy_certificate = 医療費助成 受給者証
doc-title-medical_ticket = 生活保護法 医療券
doc-title-elderly_recipient_certificate = 健康保険 高齢受給者証
doc-field-scheme = 制度
doc-field-payer_number = 公費負担者番号
doc-field-recipient_number = 受給者番号
doc-field-window_charge = 窓口での負担
present-subsidy = 公費：{ $scheme } — { $route }
present-subsidy-charge = 窓口負担（公費適用後）：{ $charge }

## 成り立たない事実（判定の前に拒否）
inconsistency-two_cards = { $path }：マイナンバーカードが2枚あります（1人1枚です）
inconsistency-face_without_photo = { $path }：写真のないカードで顔認証はできません
inconsistency-photoless_past_five = { $path }：写真のない乳児用カードは5歳の誕生日までです（{ $age }歳）
inconsistency-faceauth_card_too_early = { $path }：顔認証マイナンバーカードは{ $from }からです
inconsistency-renewed_after_visit = { $path }：更新日 { $renewed } が受診日より後です
inconsistency-certificate_outlives_card = { $path }：電子証明書（{ $cert }）がカード本体（{ $card }）より長く有効になっています
inconsistency-sleeve_at_home = { $path }：訪問先では顔認証付きカードリーダーを使わないため、ケースは関係しません
inconsistency-certificate_too_long = { $path }：資格確認書の有効期限 { $expires } は{ $years }年を超えています
inconsistency-late_elderly_under65 = { $path }：{ $age }歳で後期高齢者医療にはなりません（75歳から。障害認定なら65歳から）
inconsistency-late_elderly_without_disability = { $path }：{ $age }歳で後期高齢者医療なら障害認定（disability_certified）が必要です
inconsistency-over75_not_late_elderly = { $path }：{ $age }歳。75歳の誕生日から全員が後期高齢者医療に移ります
inconsistency-uninsured_but_registered = { $path }：保険なしなのにオンラインの資格が登録済みです
inconsistency-unchanged_but_pending = { $path }：保険者が変わった（登録待ち）なら「変わりなし」ではありません
inconsistency-unchanged_on_first_visit = { $path }：初診では「前回から変わりなし」は確かめられません
inconsistency-lost_but_shown = { $path }：カードをなくしたのに、カードが出されています
inconsistency-elderly_certificate_age = { $path }：高齢受給者証は70〜74歳のものです（{ $age }歳）
inconsistency-elderly_certificate_share = { $path }：高齢受給者証の割合は2割か3割です
inconsistency-certificate_without_subsidy = { $path }：公費（patient.subsidy）がないのに受給者証が出されています
inconsistency-unknown_municipality = { $path }：市区町村「{ $given }」は assets/policy/municipalities.ron にありません
inconsistency-unknown_scheme = { $path }：{ $municipality } にはその制度が assets/policy/municipalities.ron にありません
inconsistency-ambiguous_scheme = { $path }：{ $municipality } には同じ種類の制度が複数あります。どれかを name に書いてください（{ $choices }）
inconsistency-public_assistance_without_route = { $path }：保険のない生活保護の方は、マイナンバーカードか医療券が必要です（どちらもなければ福祉事務所へ。この判定の対象外）
inconsistency-parent_with_adult = { $path }：{ $age }歳の方に「保護者同伴」は使えません
inconsistency-declared_share = { $path }：申立書の割合は1割・2割・3割のどれかです
inconsistency-paid_after_visit = { $path }：10割で受診した日 { $paid } が今日より後です
inconsistency-other_persons_face = { $path }：他人のカードで本人の顔は認証されません
inconsistency-cannot_operate_at_home = { $path }：訪問先ではカードリーダーを使いません
reader-subsidy_prompt = 医療費助成の各種受給者証を利用しますか（利用する／利用しない）
reader-app_check = マイナ資格確認アプリ：カードを読み取りました。カードの写真とご本人を見比べてください
terminal-validity-invalid_new_exists = 無効（新しい資格あり）
terminal-subsidy = 医療費助成（PMH）
finding-few_options = 場面「{ $beat }」の判断の選択肢が { $count } 個です。{ $min } 個以上にしてください（どれも実際のスタッフがしがちな誤りに）
finding-length_tell = { $of } 回の判断のうち { $longest } 回、正解がいちばん長い選択肢です（{ $lang }）。長さで答えがわからないようにしてください
finding-hidden_fact = 研修生に見えない変化で答えが変わります：{ $fields }（シード { $seed } と { $other } は見た目が同じなのに正しい対応が違います）。書類・画面・せりふで見せるか、その変化をやめてください
finding-document_format = { $what ->
    [cert_birthday] 電子証明書の期限 { $date } が誕生日ではありません（生年月日 { $birth }）。電子証明書は誕生日まで有効です（{ $draw }）
   *[minor_five_years] 未成年の電子証明書が { $date } まで、5年を超えています（生年月日 { $birth }）。子どものカードは5年です（{ $draw }）
}
reader-button-face = 顔認証
reader-button-pin = 暗証番号
reader-button-agree = 同意する
reader-button-disagree = 同意しない
reader-button-use = 利用する
reader-button-not-use = 利用しない
finding-unknown_free_line = free_lines：「{ $key }」という患者さんのせりふはありません（「{ $near }」のことですか？）

## check --graph

graph-varies = （シードで変わる）
graph-when = 条件

## Reading errors of a scenario file, by kind (the line and a caret follow in the finding)
syntax-eof = ファイルが途中で終わっています（閉じかっこ「)」や「]」が足りないかもしれません）
syntax-expected_array = ここには角かっこでくくった並び「[ … ]」が入ります
syntax-expected_array_end = 並びの閉じかっこ「]」がありません（前の要素のあとのカンマを確かめてください）
syntax-expected_boolean = ここには true か false が入ります
syntax-expected_comma = ここにカンマ「,」が要ります。前の項目の終わりにカンマを忘れていませんか
syntax-expected_number = ここには数が入ります
syntax-expected_option = ここには値か None が入ります
syntax-expected_map = ここには波かっこでくくった対応表が入ります
syntax-expected_colon = 名前のあとにコロン「:」が要ります
syntax-expected_map_end = 対応表の閉じかっこがありません（前の要素のあとのカンマを確かめてください）
syntax-expected_struct = ここには丸かっこでくくった項目「( … )」が入ります
syntax-expected_struct_end = 丸かっこの閉じ「)」がありません（前の項目のあとのカンマを確かめてください）
syntax-expected_string = ここには二重引用符でくくった文字列「"…"」が入ります
syntax-unclosed_string = 文字列を閉じる二重引用符「"」がありません
syntax-expected_identifier = ここには項目や値の名前（半角の英小文字・数字・_）が入ります
syntax-invalid_escape = 文字列の中の「\」の使い方が正しくありません
syntax-number_out_of_range = 数が大きすぎるか小さすぎます
syntax-unclosed_comment = コメント「/* … */」が閉じていません
syntax-unexpected_char = ここに思いがけない文字があります（全角の記号やかっこの対応を確かめてください）
syntax-trailing_characters = シナリオの最後の「)」のあとに、余分な文字があります
syntax-wrong_type = ここに入る値の種類が違います
syntax-unknown_value = 「{ $found }」という値はありません。{ $near ->
    [none] {""}
   *[other] 「{ $near }」のことですか？
}使えるのは：{ $expected }
syntax-unknown_field = この項目はありません。使えるのは：{ $expected }
syntax-missing_field = 必要な項目がありません
syntax-duplicate_field = 同じ項目が2回書かれています
syntax-ftl_expected_token = ここに「{ $found }」が要ります
syntax-ftl_expected_equals = ここに「=」が要ります（文言は「id = 本文」の形で、続きの行は字下げします）
syntax-ftl_missing_value = 文言の本文がありません（「id = 本文」の形にしてください）
syntax-ftl_missing_default_variant = 選び分け（->）に、既定の「*[…]」がありません
syntax-ftl_multiple_default_variants = 既定の「*[…]」が2つあります
syntax-ftl_unterminated_string = 文字列を閉じる二重引用符「"」がありません
syntax-ftl_unbalanced_brace = 閉じかっこ「{ "}" }」に対応する「{ "{" }」がありません。文字として書くなら { "{" } "{ "}" }" { "}" } のように書きます
syntax-ftl_expected_expression = 波かっこの中には変数（$名前）か、二重引用符でくくった文字列が入ります
syntax-ftl_invalid_escape = 「\」の使い方が正しくありません
finding-draw-authored = 書かれたままの事実
finding-draw-seed = シード { $seed }

## Conditions (assert, branches) in words
cond-verdict = 判定が「{ $value }」
cond-cert = 電子証明書が「{ $value }」
cond-myna_confirmed = マイナ保険証で資格が確認できる
cond-myna_failed = マイナ保険証が使えない（{ $value }）
cond-myna_not_presented = マイナ保険証が出されていない
cond-confirmed_by = 正しい確認方法が「{ $value }」
cond-copay = 正しい負担割合が「{ $value }」
cond-auth = 正しい本人確認が「{ $value }」
cond-and = 、かつ
cond-or = 、または
cond-not = 「{ $value }」ではない
