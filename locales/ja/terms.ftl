### 判定で使う語：確認方法、本人確認、負担割合、請求、処方箋、判定、手順、行動。

## 判定

verdict-right = 正解
verdict-acceptable = 許容
verdict-wrong = 誤り
verdict-prohibited = 禁止

## 資格確認の方法

confirmed-my_number_card = マイナ保険証（オンライン資格確認）
confirmed-eligibility_certificate = 資格確認書
confirmed-insurance_card = 健康保険証（有効期限内）
confirmed-card_with_notice = マイナンバーカード＋「お知らせ」またはマイナポータル画面
confirmed-declaration = 被保険者資格申立書（再来で変更なしなら口頭確認）
confirmed-provisional = 暫定的な取扱い（期限切れ保険証・「お知らせ」のみ＋オンライン照会）
confirmed-none = 確認できる手段なし（10割）

## 本人確認

auth-face = 顔認証
auth-pin = 暗証番号
auth-visual = 目視確認
auth-none = なし（カードの本人確認は行わない）

## 負担割合

copay-10 = 1割
copay-20 = 2割
copay-30 = 3割
copay-100 = 10割（全額）

## 請求（レセプト）

claim-normal = 通常どおり（現在の番号）
claim-past_numbers = 過去の番号（資格（無効）画面や受診記録）
claim-unknown_numbers = 不詳レセプト（番号欄は「7」、申立書の内容を摘要に）
claim-none = 保険請求なし

## 処方箋

prescription-electronic = 電子処方箋可
prescription-paper = 紙の処方箋

## 情報共有

sharing-yes = 診療・薬剤情報の共有に同意を求める（任意）
sharing-no = 診療・薬剤情報は共有されない

## 電子証明書

cert-valid = 有効
cert-expiring = 有効（期限が近い：更新の案内）
cert-in_grace = 期限切れ・猶予期間中（資格情報のみ）
cert-expired = 期限切れ・猶予期間後（使用不可）
cert-renewed_today = 本日更新（反映は約1日後）

## マイナ保険証で確認できなかった理由

myna-not_presented = マイナ保険証の提示なし
myna-confirmed = マイナ保険証で確認済み
myna-system_down = 機器または回線の障害
myna-cannot_authenticate = 本人確認の手段がない
myna-unregistered = 保険証利用登録がなく、ここでは登録できない
myna-cert_expired = 電子証明書が猶予期間後
myna-not_yet_reflected = 本日の更新がまだ反映されていない
myna-invalid = 資格（無効）
myna-no_record = 資格情報なし
myna-smartphone_unsupported = スマホ用読み取り機がない

## 書類

document-my_number_card = マイナンバーカード（マイナ保険証）
document-smartphone_card = スマホのマイナ保険証
document-insurance_card = 健康保険証
document-eligibility_certificate = 資格確認書
document-eligibility_notice = 資格情報のお知らせ
document-portal_screen = マイナポータルの資格情報画面

## 決めること

decision-route = 資格確認の方法
decision-copay = 負担割合
decision-auth = 本人確認
decision-claim = 請求
decision-prescription = 処方箋

## 根拠の確かさ

evidence-V = 公的資料などで確認
evidence-V1 = 出典1件のみ
evidence-S = 元資料（ニュースレター）に記載
evidence-I = 推定
evidence-C = 資料が食い違う
evidence-U = 未確認

## 状況の言葉

insurance-employee = 被用者保険（協会けんぽ・健保組合・共済）
insurance-national = 国民健康保険
insurance-late_elderly = 後期高齢者医療
insurance-none = 保険なし
record-registered = 現在の資格が登録済み
record-pending = 新しい保険者の登録待ち（資格（無効））
record-missing = 資格情報なし
pin-known = 暗証番号を覚えている
pin-forgotten = 暗証番号を忘れた
pin-locked = 暗証番号がロックされている
pin-none = 暗証番号なし（顔認証マイナンバーカード）
reader-working = カードリーダー正常
reader-broken = カードリーダー故障
reader-needs_restart = カードリーダーが起動しない
network-up = 回線正常
network-down = 回線障害
setting-clinic = 院内の受付
setting-home_visit = 訪問診療（居宅同意取得型）
income-general = 一般
income-high = 現役並み所得

## 必要な手順

step-reboot_reader = カードリーダーと資格確認端末を再起動する
step-take_card_out_of_sleeve = カードをケースから出して置いてもらう
step-assist_placing_card = 本人の希望で、本人の前でカードをリーダーに置く手伝いをする
step-offer_registration = その場で保険証利用登録をしてもらう
step-suggest_pin = 顔認証がうまくいかなければ暗証番号を案内する
step-visual_check = 目視確認：カードの写真とお顔を見比べる
step-set_visual_passcode = 先に資格確認端末で目視用パスワードを設定する
step-switch_back_to_auto_mode = 目視モードの後、リーダーを自動モードに戻す
step-advise_pin_reset = 暗証番号のロック解除は市区町村でと伝える
step-advise_cert_renewal = 電子証明書の更新を市区町村でするよう伝える
step-advise_re_registration = 更新後にもう一度保険証利用登録が必要と伝える
step-explain_renewal_delay = 更新の反映は約1日後で、明日から使えると伝える
step-ask_for_eligibility_certificate = 保険者から届いた資格確認書がないか尋ねる
step-use_card_with_notice = カードの写真で本人確認し「お知らせ」で資格を確認する
step-use_card_with_portal = カードの写真で本人確認しマイナポータル画面で資格を確認する
step-look_up_by_numbers = 資格確認端末で記号・番号によりオンライン照会する
step-declaration_form = 被保険者資格申立書に記入してもらう
step-oral_confirmation = 再来で変更がないことを口頭で確認する（申立書の代わり）
step-explain_registration_lag = オンラインへの反映が遅れている（新しい保険者の登録待ち・データの確認など）と説明する
step-ask_for_new_numbers = 新しい番号がわかったら知らせてもらう
step-paper_prescription = 処方箋は紙で出す
step-bring_valid_document_next_time = 次回はマイナ保険証か資格確認書を持参するよう伝える
step-charge_full_and_refund_within_month = いったん10割をいただき、同じ月のうちに有効なものを見せてもらえれば差額を返金すると伝える
step-apply_for_eligibility_certificate = （短期の）資格確認書の申請を勧める
step-ask_for_physical_card = カード本体（または資格確認書）を求める
step-identify_by_kana = カナ氏名で本人を確認する
step-confirm_every_visit = 前回来院していても、今日も資格確認をする
step-use_home_visit_device = 訪問先でモバイル端末でカードを読み取る
step-requery_at_clinic = 医療機関で再照会する
step-offer_info_sharing = 同意画面を案内する（同意は任意）
step-return_card = カードはすぐ本人に返す（預からない）

## 禁止されている行為

conduct-keep_card = カードを預かる（同意のうえで表面を確認する以上のこと）
conduct-copy_back_or_note_number = 裏面をコピーする・12桁の番号を控える
conduct-handle_pin = 暗証番号を尋ねる・聞く・代わりに入力する

## 受付の行動

action-ask_for_insurance_document = マイナ保険証か資格確認書をお持ちか尋ねる
action-guide_to_reader = カードリーダーへ案内する
action-ask_to_remove_sleeve = カードをケースから出してもらう
action-assist_placing_card = カードをリーダーに置く手伝いをする
action-use_card_without_patient = 本人のいないカードで受付をする
action-reboot_reader = カードリーダーと端末を再起動する
action-offer_registration = その場で保険証利用登録を案内する
action-choose_auth-face = 顔認証を案内する
action-choose_auth-pin = 暗証番号を案内する
action-choose_auth-visual = 目視確認をする
action-set_visual_passcode = 目視用パスワードを設定する
action-switch_back_to_auto_mode = リーダーを自動モードに戻す
action-ask_patient_pin = 患者に暗証番号を聞く
action-type_pin_for_patient = 暗証番号を代わりに入力する
action-use_home_visit_device = 居宅同意取得型の端末で読み取る
action-use_limited_type_app = 資格確認限定型のアプリを使う
action-requery_at_clinic = 医療機関で再照会する
action-skip_confirmation = 今日の資格確認を省く
action-ask_for-my_number_card = マイナンバーカードを出してもらう
action-ask_for-smartphone_card = スマホのマイナ保険証を出してもらう
action-ask_for-insurance_card = 健康保険証を出してもらう
action-ask_for-eligibility_certificate = 資格確認書を出してもらう
action-ask_for-eligibility_notice = 「資格情報のお知らせ」を出してもらう
action-ask_for-portal_screen = マイナポータルの資格情報画面を見せてもらう
action-refuse-my_number_card = マイナンバーカードは使えないと伝える
action-refuse-smartphone_card = スマホのマイナ保険証は使えないと伝える
action-refuse-insurance_card = この健康保険証は使えないと伝える
action-refuse-eligibility_certificate = この資格確認書は使えないと伝える
action-refuse-eligibility_notice = 「お知らせ」だけでは確認できないと伝える
action-refuse-portal_screen = 画面だけでは確認できないと伝える
action-confirm_by-my_number_card = マイナ保険証の結果で受け付ける
action-confirm_by-eligibility_certificate = 資格確認書で受け付ける
action-confirm_by-insurance_card = 健康保険証で受け付ける
action-confirm_by-card_with_notice = カードと「お知らせ」（または画面）で受け付ける
action-confirm_by-declaration = 被保険者資格申立書を書いてもらって受け付ける
action-confirm_by-provisional = 暫定的な取扱いで受け付ける
action-confirm_by-none = 資格は確認できないとして自費（10割）で受け付ける
action-accept_oral_confirmation = 口頭確認で受け付ける
action-look_up_by_numbers = 記号・番号でオンライン照会する
action-identify_by_kana = カナ氏名で本人を確認する
action-charge-10 = 1割をいただく
action-charge-20 = 2割をいただく
action-charge-30 = 3割をいただく
action-charge-100 = 10割（全額）をいただく
action-claim-normal = 通常の番号で請求する
action-claim-past_numbers = 過去の番号で請求する
action-claim-unknown_numbers = 不詳レセプトで請求する
action-claim-none = 保険請求をしない
action-prescribe-electronic = 電子処方箋にする
action-prescribe-paper = 紙の処方箋にする
action-offer_info_sharing = 情報共有の同意画面を案内する
action-advise-cert_renewal = 電子証明書の更新を勧める
action-advise-re_registration = 更新後の再登録を伝える
action-advise-renewal_works_tomorrow = 更新は明日から使えると伝える
action-advise-pin_reset = 暗証番号のロック解除は市区町村でと伝える
action-advise-bring_valid_document_next_time = 次回は有効なものを持参するよう伝える
action-advise-refund_within_month = 今月中に有効なものを見せれば返金すると伝える
action-advise-tell_new_numbers = 新しい番号がわかったら知らせてもらう
action-advise-registration_lag = 登録待ちの期間を説明する
action-advise-apply_for_eligibility_certificate = 資格確認書の申請を勧める
action-advise-consent_optional = 情報共有の同意は任意だと伝える
action-advise-bring_physical_card = カード本体を持参するよう伝える
action-advise-get_new_insurance_card = 保険者に新しい健康保険証をもらうよう勧める
action-advise-myna_or_full_cost = 「マイナ保険証がないと10割です」と伝える
action-keep_card = 治療中カードを預かる
action-check_card_front = 同意を得て表面を確認する
action-copy_card_front = 同意を得て表面をコピーする
action-copy_card_back = 裏面をコピーする
action-note_my_number = 12桁の番号を控える
action-return_card = カードをすぐ返す
action-hold_found_card = 拾ったカードを返却か警察に届けるまで預かる

## 公費・PMH ほか（2026年の窓口）
action-apply_subsidy = 公費（受給者証・医療証）を適用して会計する
action-refund_difference = 先に10割でいただいた分の差額を返金する
action-use_myna_app = マイナ資格確認アプリで資格確認する
action-advise-subsidy_reimbursement = 助成は後日、市区町村に申請（償還払い）と伝える
action-advise-claim_ryouyouhi = 保険者に療養費を請求するよう伝える
action-ask_for-subsidy_certificate = 受給者証・医療証（医療券）を出してもらう
action-ask_for-elderly_recipient_certificate = 高齢受給者証を出してもらう
action-refuse-subsidy_certificate = この受給者証は使えないと伝える
action-refuse-elderly_recipient_certificate = この高齢受給者証は使えないと伝える
action-confirm_by-medical_ticket = 医療券（生活保護）で受け付ける
action-charge-0 = お支払いなし（0円）で会計する
step-ask_for_subsidy_certificate = 受給者証・医療証（生活保護なら医療券）を確認する
step-apply_subsidy = 公費を適用して会計する
step-advise_subsidy_reimbursement = 今日は保険の負担分をいただき、助成は市区町村に申請（償還払い）と伝える
step-ask_for_elderly_certificate = 健康保険証といっしょに高齢受給者証を確認する
step-refund_difference = 同じ月の10割の受診について、保険の分を返金する
step-advise_ryouyouhi = 月をまたいだ10割の分は、保険者に療養費を請求するよう伝える
step-use_myna_app = マイナ資格確認アプリでカードを読み、写真と顔を見比べる
step-refuse_other_persons_card = 他人（家族）のカードはすぐ返し、使わない
confirmed-medical_ticket = 医療券（生活保護）
copay-0 = 負担なし（0円）
document-subsidy_certificate = 受給者証・医療証
document-elderly_recipient_certificate = 高齢受給者証
decision-subsidy = 公費
subsidy-applies = 公費を適用する
subsidy-not-applied = 今日は公費を適用しない
subsidy-scheme-child_medical = こども医療費助成
subsidy-scheme-single_parent = ひとり親家庭等医療費助成
subsidy-scheme-severe_disability = 重度心身障害者医療費助成
subsidy-scheme-public_assistance = 生活保護（医療扶助）
subsidy-scheme-independence_support = 自立支援医療
subsidy-scheme-intractable_disease = 指定難病（特定医療費）
subsidy-scheme-child_chronic = 小児慢性特定疾病
subsidy-route-pmh = マイナ保険証とPMHの情報で適用（受給者証の提示は不要）
subsidy-route-online = マイナンバーカードのオンライン資格確認で適用
subsidy-route-certificate = 紙の受給者証・医療証（医療券）で適用
subsidy-route-not_applied = 今日は適用しない
subsidy-not_applied-no_certificate = 受給者証がなく、PMHの情報もない
subsidy-not_applied-expired = 受給者証の有効期限が切れている
subsidy-not_applied-out_of_area = 医療証の地域（都道府県）の外の医療機関
subsidy-not_applied-no_insurance = 今日は保険の確認ができていない
charge-free = 窓口負担なし
charge-per_visit = 1回{ $yen }円
charge-per_day = 1日{ $yen }円（月{ $days }日まで。月{ $cap }円を超えた分は市区町村から返金）
charge-share = { $wari }割（上限は受給者証に記載）
myna-phone_expired = カード本体か電子証明書の期限切れで、スマホのマイナ保険証が使えない
myna-wrong_person = 本人のものではないカード
auth-card-photo = 目視（カードの顔写真とご本人を見比べる）
