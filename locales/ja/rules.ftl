### 判定ルール：各ルールの見出し（-title）と一行の説明。
### 日付は制度カレンダー（assets/policy/calendar.ron）から { $鍵名 } で差し込まれます。
### 推定・資料の食い違い・未確認・出典1件のルールは、その旨を説明の中で示します。

## 2.1 健康保険証（従来の被保険者証）

rule-doc_oldcard_no_new_issue-title = 健康保険証は新規発行されない
rule-doc_oldcard_no_new_issue = { $myna_basis_from }以降、健康保険証は新規発行も再発行もされません。窓口で見る保険証はそれより前に交付されたものです。
rule-doc_oldcard_max_validity-title = 健康保険証の有効期限は最長{ $old_card_last_day }
rule-doc_oldcard_max_validity = 手元の健康保険証は、券面の有効期限と{ $old_card_last_day }のいずれか早い日まで使えます。期限の書かれていない保険証も{ $old_card_last_day }が最終日です。
rule-doc_oldcard_lost_eligibility-title = 保険者が変わった保険証・資格確認書は無効
rule-doc_oldcard_lost_eligibility = 転職・転居・75歳到達などで保険者が変わると、前の保険者の保険証や資格確認書は券面の日付にかかわらず資格喪失日から使えません（返却するものです）。（推定：資格喪失の原則から導いた読み方で、この文言の出典はありません）
rule-doc_oldcard_kouki_expiry-title = 後期高齢者の保険証は{ $late_elderly_card_last_day }まで
rule-doc_oldcard_kouki_expiry = 後期高齢者医療の被保険者証は{ $late_elderly_card_last_day }が最終の有効日です。
rule-doc_oldcard_kokuho_expiry-title = 国保の保険証は券面の期限を読む
rule-doc_oldcard_kokuho_expiry = 国民健康保険証の期限は市区町村ごとに異なり（多くは2025年7月31日）、遅くとも{ $old_card_last_day }までです。券面の有効期限を必ず確認します。
rule-doc_oldcard_provisional_accept-title = 期限切れ保険証などの暫定的な取扱い
rule-doc_oldcard_provisional_accept = 国保・後期は{ $provisional_national_from }から、すべての保険者は{ $provisional_all_from }から{ $provisional_last_day }まで、期限切れの保険証や「資格情報のお知らせ」だけの患者でも、被保険者番号等でオンライン照会して資格が確認できれば通常の負担割合で受け付け、通常どおり請求できます。次回はマイナ保険証か資格確認書を持参するよう伝えます。
rule-doc_oldcard_after_provisional-title = 暫定的な取扱いの終了後
rule-doc_oldcard_after_provisional = { $provisional_last_day }の後は、期限切れの保険証も「お知らせ」だけも資格確認に使えません。マイナ保険証か資格確認書を求め、どちらもなければ保険証を忘れたときと同じ扱いです。（終了は確認済み、その後の延長がないことは未確認）

## 2.2 資格確認書

rule-doc_kakunin_valid_if_in_date-title = 資格確認書は有効期限内なら有効
rule-doc_kakunin_valid_if_in_date = 本人の資格確認書は券面の有効期限まで保険証と同じく使えます。可能なら記号・番号でオンライン照会し、券面（または照会結果）の負担割合で受け付けます。
rule-doc_kakunin_max_5y-title = 資格確認書の有効期間は保険者が決める（最長5年）
rule-doc_kakunin_max_5y = 有効期間は保険者ごとに最長5年の範囲で決まるため、日付は券面で読みます。
rule-doc_kakunin_kouki_1y-title = 後期高齢者の資格確認書は1年ごと
rule-doc_kakunin_kouki_1y = 後期高齢者医療の資格確認書は有効期間1年で、毎年8月1日に更新されます（多くは7月31日が期限）。
rule-doc_kakunin_expired-title = 期限切れの資格確認書
rule-doc_kakunin_expired = 有効期限を過ぎた資格確認書は使えません。暫定的な取扱いの期間（{ $provisional_last_day }まで）は期限切れの保険証と同様にオンライン照会で受け付けられた例があり、それ以降は新しいものかマイナ保険証を求めます。（期間後の扱いは推定）
rule-doc_kakunin_ex_officio_targets-title = 申請なしで資格確認書が届く人
rule-doc_kakunin_ex_officio_targets = マイナンバーカードがない人、保険証利用登録をしていない・解除した人、電子証明書の期限が切れ更新していない人などには、保険者から申請なしで資格確認書が届きます。後期高齢者は{ $late_elderly_interim_last_day }まで全員に届きました。持っていないか尋ねます。
rule-doc_kakunin_on_application-title = 申請で資格確認書を受け取れる人
rule-doc_kakunin_on_application = マイナ保険証の利用が難しい要配慮者（高齢者・障害のある人など）や、カードを紛失・更新中の人は、申請すれば資格確認書（紛失中は短期のもの）を受け取れます。
rule-doc_kakunin_kouki_from_2026_08-title = { $late_elderly_new_rule_from }からの後期高齢者の資格確認書
rule-doc_kakunin_kouki_from_2026_08 = { $late_elderly_new_rule_from }からは、後期高齢者でマイナ保険証を持つ人には資格確認書ではなく「資格情報のお知らせ」が届きます。資格確認書はマイナ保険証のない人と、申請した要配慮者・紛失中の人に交付されます。
rule-doc_kakunin_kouki_85plus-title = 85歳以上の後期高齢者と資格確認書
rule-doc_kakunin_kouki_85plus = { $late_elderly_new_rule_from }時点で85歳以上の人には引き続き全員に資格確認書を交付するとした広域連合があります。窓口では券面の日付を確かめるだけで足ります。（出典は埼玉県の広域連合1件のみ）
rule-doc_kakunin_70_74_combined-title = 70〜74歳は資格確認書に負担割合
rule-doc_kakunin_70_74_combined = 70〜74歳の人の負担割合は資格確認書（高齢受給者証を兼ねるもの）や「お知らせ」に印字されています。別の紙の高齢受給者証は廃止に向かっています。

## 2.3 資格情報のお知らせ・マイナポータル

rule-doc_oshirase_not_standalone-title = 「お知らせ」だけでは資格確認できない
rule-doc_oshirase_not_standalone = 「資格情報のお知らせ」は単独では資格確認書類になりません（例外は{ $provisional_last_day }までの暫定的な取扱い）。
rule-doc_oshirase_with_card-title = マイナンバーカード＋「お知らせ」で確認
rule-doc_oshirase_with_card = マイナンバーカードを見せてもらい（顔写真で本人確認）、カードが読めない・機器やネットワークが止まっているときは、「お知らせ」と合わせて資格を確認し、通常の負担割合で受け付けます。
rule-doc_oshirase_validity-title = 「お知らせ」の有効期限
rule-doc_oshirase_validity = 「お知らせ」は70歳未満なら期限はなく、70歳以上は負担割合と有効期限（多くは7月31日）が書かれています。
rule-doc_portal_with_card-title = マイナンバーカード＋マイナポータル画面で確認
rule-doc_portal_with_card = 紙の「お知らせ」の代わりに、患者のスマートフォンのマイナポータル資格情報画面（またはそのPDF）とマイナンバーカードで確認できます。画面だけでは確認できません。

## 2.4 マイナ保険証

rule-doc_myna_needs_registration-title = 保険証利用登録が必要
rule-doc_myna_needs_registration = マイナンバーカードは保険証利用登録をして初めてマイナ保険証になります。未登録の人は窓口の顔認証付きカードリーダーでその場で登録できます。
rule-doc_myna_every_visit-title = 受診のたびに資格確認
rule-doc_myna_every_visit = 資格確認は受診のつど、その日に提示されたもので行います。「先週来たから」は確認を省く理由になりません。
rule-doc_myna_card_body_validity-title = カード本体と電子証明書の有効期限
rule-doc_myna_card_body_validity = カード本体は発行後10回目（未成年は5回目）の誕生日まで、電子証明書は年齢にかかわらず5回目の誕生日までです。どちらの期限も券面で確かめます。
rule-doc_myna_smartphone-title = スマホのマイナ保険証は対応施設のみ
rule-doc_myna_smartphone = { $smartphone_card_from }から、スマートフォンのマイナ保険証は専用のスマホ読み取り機を置いた施設でだけ使えます（iPhoneは本体の生体認証、Androidはリーダーで4桁の暗証番号）。非対応の施設ではカード本体が必要です。

## 3 電子証明書の有効期限

rule-cert_grace_3months-title = 電子証明書の期限切れ後3か月の猶予
rule-cert_grace_3months = 電子証明書の期限が切れても、期限日の属する月の末日から3か月後の月末までは資格確認だけに使えます（例：2月中に期限→5月末まで）。この間、診療・薬剤情報は共有されません。（資料により数え方が異なり「期限日から3か月」とするものもあるため、月末起算の多数説を採用）
rule-cert_reader_alert-title = カードリーダーの更新案内
rule-cert_reader_alert = 電子証明書の期限の3か月前から期限後3か月まで、顔認証付きカードリーダーに更新の案内が表示されます。
rule-cert_reader_grace_message-title = 猶予期間中のリーダー表示
rule-cert_reader_grace_message = 猶予期間中はリーダーに「有効期限切れ。資格情報のみ提供します。早めに市区町村で更新を」といった表示が出て、患者は「次へ」で進めます。（表示の文言は業者ブログ1件による）
rule-cert_after_grace-title = 猶予期間後は使えない
rule-cert_after_grace = 猶予期間が過ぎるとマイナ保険証として使えず、保険証利用登録も解除されます。市区町村で更新した後、もう一度利用登録が必要です。（その時のリーダー表示は未確認）
rule-cert_ex_officio_kakunin-title = 更新しないと資格確認書が届く
rule-cert_ex_officio_kakunin = 電子証明書を更新しないままだと、猶予期間の終わり頃に保険者から申請なしで資格確認書が届きます。持っていないか尋ねます。（自動交付ではなく申請が必要とする健保組合もあり、資料が食い違います）
rule-cert_card_body_expiry-title = カード本体の期限切れ
rule-cert_card_body_expiry = カード本体の期限切れにも同じ3か月の猶予があるとする自治体資料に従います。すぐ使えなくなるとする報道もあり、資料が食い違います（確度は低め）。
rule-cert_renewal_24h-title = 更新の反映は約1日後
rule-cert_renewal_24h = 電子証明書を更新した当日は、システムへの反映（約24時間）が済むまで使えないことがあります。明日からは使えると伝えます。（出典は自治体1件）
rule-cert_failure_fallback-title = 電子証明書が原因で使えないとき
rule-cert_failure_fallback = 電子証明書のために確認ができず、ほかに資格確認書なども持っていないときは、カードの顔写真で本人確認し、被保険者資格申立書を書いてもらって通常の負担割合で受け付けます。
rule-cert_not_loss_of_insurance-title = 電子証明書の期限切れは保険の資格喪失ではない
rule-cert_not_loss_of_insurance = 電子証明書が切れても保険の資格はなくなりません。10割を請求する理由にはなりません。

## 4 カードリーダーでの本人確認

rule-auth_methods-title = 本人確認は顔認証か暗証番号
rule-auth_methods = 患者がカードをケースから出してリーダーに置き、顔認証か4桁の暗証番号を選びます。どちらもできなければ職員の目視確認です。同意画面を経て資格情報が届きます。
rule-auth_pin_lock-title = 暗証番号3回誤りでロック
rule-auth_pin_lock = 暗証番号を3回続けて間違えるとロックされます（回数は次の来院にも持ち越し）。ロック中でも顔認証と目視確認は使えます。解除は市区町村で行います。
rule-auth_face_lock-title = 顔認証は10回失敗でロック
rule-auth_face_lock = 顔認証は10回続けて失敗するとロックされると報じられています。何度もやり直させず、暗証番号か目視に切り替えます。（報道1件による）
rule-auth_visual_no_reset-title = 目視確認では失敗回数は戻らない
rule-auth_visual_no_reset = 目視確認で受け付けても、暗証番号や顔認証の失敗回数はリセットされません。（報道1件による）
rule-auth_visual_when-title = 目視確認を使うとき
rule-auth_visual_when = 顔認証ができず暗証番号も忘れた・ロックされた、けがでリーダーに届かない、体調が悪い、認知症などのときは、患者に申し出てもらい、職員がカードの写真と顔を見比べて確認します。
rule-auth_visual_procedure_2025-title = 目視確認の操作（職員用パスワード）
rule-auth_visual_procedure_2025 = { $visual_passcode_from }頃から、職員がリーダーの本人確認画面で目視を選び、医療機関が事前に設定した目視用パスワード（患者の暗証番号ではない）を入力します。パスワードは資格確認端末で事前に設定が必要です。（各医療機関のリーダーが更新済みかは未確認）
rule-auth_no_pin_to_staff-title = 職員は暗証番号を聞かない・入力しない
rule-auth_no_pin_to_staff = 職員は患者の暗証番号を尋ねたり、聞いたり、代わりに入力したりしてはいけません。入力は本人（子どもは保護者）が行います。（医療機関の案内1件と、預からない原則からの推定）
rule-auth_faceauth_card-title = 顔認証マイナンバーカード（暗証番号なし）
rule-auth_faceauth_card = 追記欄に「顔認証」とあるカードは暗証番号がなく、顔認証か職員の目視で使います。暗証番号が必要なこと（マイナポータルなど）はできません。確認できず資格確認書もなければ申立書を使います。
rule-auth_infant_photoless-title = 乳児の顔写真なしカード
rule-auth_infant_photoless = 1歳未満で交付された顔写真のないカードは顔認証も目視もできず、保護者が設定した暗証番号だけで使います（5歳の誕生日まで有効）。（出典1件）
rule-auth_assist-title = カードを置く介助
rule-auth_assist = 本人が希望し本人の前であれば、家族・介助者・職員がカードをリーダーに置くなどの手伝いをしてかまいません。
rule-auth_sleeve-title = カードはケースから出す
rule-auth_sleeve = カードをケースや袋に入れたまま置くと読み取れません。読み取りエラーの主な原因なので、出して置いてもらいます。
rule-auth_facility_card_without_patient-title = 本人不在のカードは使えない
rule-auth_facility_card_without_patient = 本人がいないカードは使えません。顔認証も目視も本人が必要で、暗証番号を職員に伝えてもらうこともできません。（推定）

## 5.1 資格（無効）・資格情報なし

rule-fail_invalid_cause-title = 資格（無効）・資格情報なしの原因
rule-fail_invalid_cause = 多くは転職などで新しい保険者の登録が済んでいないためです（事業主の届出5日以内、保険者の登録5日以内）。データ確認のために登録が保留されていることもあります。
rule-fail_invalid_no_10wari-title = マイナ保険証の患者に10割を求めない
rule-fail_invalid_no_10wari = 有効なマイナ保険証を出した患者に、結果が無効・なしというだけで10割を求めてはいけません。適切な負担割合で受け付けます。
rule-fail_invalid_steps-title = 無効・なしのときの手順
rule-fail_invalid_steps = ①マイナポータル画面・有効な資格確認書・「お知らせ」があればそれで確認、②なければ被保険者資格申立書、③以前来院し内容に変更がない患者は口頭確認で代えられる、④新しい番号がわかったら知らせてもらう、の順です。
rule-fail_moushitate-title = 被保険者資格申立書
rule-fail_moushitate = マイナンバーカードを出したのにマイナ保険証での確認ができないとき（無効・なし、機器やネットワークの障害、ICチップの破損、電子証明書の期限切れ、確認できない顔認証カード）は、申立書に書ける範囲で書いてもらい、申告された負担割合（3割、未就学2割、70歳以上1〜3割）で受け付けます。
rule-fail_claim_order-title = レセプトに使う番号の順
rule-fail_claim_order = 請求は、①現在の番号がわかればそれ、②なければ資格（無効）画面の喪失した資格や過去の受診記録の番号、③それもなければ不詳レセプト（番号欄を「7」で埋め、申立書の住所・連絡先を摘要に）で行います。
rule-fail_eprescription-title = 資格（無効）・なしのときは紙の処方箋
rule-fail_eprescription = 資格がオンラインで確認できないときは電子処方箋を発行・登録できないため、紙の処方箋にします。

## 5.2 機器・ネットワークの障害

rule-fail_system_down-title = リーダー・端末・回線の障害時
rule-fail_system_down = 機器の故障や回線障害でオンライン確認ができないときは、カード（顔写真で本人確認）と「お知らせ」かマイナポータル画面で確認し通常の負担割合。なければ申立書（再来で変更がなければ口頭確認）で通常の負担割合です。
rule-fail_reader_reboot-title = リーダーが起動しないときは再起動
rule-fail_reader_reboot = リーダーが起動しない不具合の多くは、リーダーと資格確認端末の再起動（毎日の電源オフ・オン、スケジューラー）で直ります。

## 5.3 カード・書類を持っていない

rule-fail_forgot_card-title = マイナ保険証を忘れたとき
rule-fail_forgot_card = 保険証を忘れたときと同じ扱いです。有効な資格確認書などがあればそれで確認します。何もなければいったん10割をいただき、同じ月のうちに有効なものを見せてもらえれば差額を返金、月を越えたら保険者に療養費を請求してもらいます。
rule-fail_lost_card-title = カードを紛失・再発行中のとき
rule-fail_lost_card = 紛失中や再発行・更新中の人は（短期の）資格確認書を申請できます。持っていればそれで確認し、なければ忘れたときと同じ扱いです。
rule-fail_10wari_when-title = 10割になるのは確認の手段がないときだけ
rule-fail_10wari_when = 10割は、有効な書類がなく「カードはあるが確認できない」場合にも当たらないとき（何も持っていない、{ $provisional_last_day }の後に期限切れ保険証や「お知らせ」だけ、本当に無保険）に限ります。（他のルールからの推定）

## 6 取り扱い・個人情報

rule-handling_no_custody_default-title = カードは預からない
rule-handling_no_custody_default = カードは患者自身が置いて取ります。窓口でカードを預かるのが原則ではありません。
rule-handling_front_check_ok-title = 同意があれば表面の確認・コピーは可
rule-handling_front_check_ok = 患者の同意があれば、請求に必要な表面（氏名・住所）を確認するために短時間カードを持ち、表面をコピーしてもかまいません。
rule-handling_no_12digit-title = 12桁のマイナンバーは扱わない
rule-handling_no_12digit = 医療機関は12桁のマイナンバーを扱いません。裏面をコピーしない、番号を書き留めない。たまたま見えてしまうのは違反ではありません。資格確認は番号ではなく電子証明書で行います。
rule-handling_found_card-title = 院内で拾ったカード
rule-handling_found_card = 院内で拾ったカードは落とし物として扱い、本人に返すか警察に届けるまで一時的に預かってかまいません。
rule-handling_kuromaru-title = 氏名の「●」
rule-handling_kuromaru = システムにない字は「●」と表示されます。カナ氏名で本人を確認して受け付けます。「●」のままでも漢字に直しても請求は返戻されません。
rule-handling_register_on_spot-title = その場で保険証利用登録
rule-handling_register_on_spot = 未登録の人は顔認証付きカードリーダーでその場で保険証利用登録ができます。
rule-handling_revert_mode-title = 旧方式の目視モードは戻す
rule-handling_revert_mode = 端末側で目視モードに切り替える旧方式を使ったら、自動モードに戻さないと次の患者が顔認証を使えません。（出典1件）

## 7 負担割合

rule-copay_preschool_20-title = 未就学は2割
rule-copay_preschool_20 = 義務教育就学前は2割です。法律上6歳に達する日（誕生日の前日）以後の最初の3月31日までで、4月1日生まれは6歳になる3月31日、4月2日生まれは翌年の3月31日までです。
rule-copay_6_69_30-title = 就学後〜69歳は3割
rule-copay_6_69_30 = 小学校入学から69歳までは3割です。
rule-copay_70_74_20-title = 70〜74歳は2割（現役並みは3割）
rule-copay_70_74_20 = 70〜74歳は2割、現役並み所得者は3割です。70歳の誕生日の翌月1日から（1日生まれはその月から）です。
rule-copay_75plus-title = 75歳からは後期高齢者医療
rule-copay_75plus = 75歳の誕生日当日から後期高齢者医療で、所得により1割・2割・3割です。
rule-copay_75_hairyo_end-title = 2割負担の配慮措置の終了
rule-copay_75_hairyo_end = 後期高齢者の2割負担の人の外来負担増を抑える配慮措置は{ $late_elderly_cap_last_day }で終わりました。割合は変わらず、月の上限額の扱いが変わります。
rule-copay_use_online_result-title = 負担割合のよりどころ
rule-copay_use_online_result = マイナ保険証ならオンライン資格確認の結果、資格確認書なら券面（可能なら照会結果）、申立書なら申告された割合で受け付けます。いずれも年齢と所得に合った割合であることを確かめます。（年齢に合っているかを確かめる部分は推定）
rule-copay_70plus_reform_pending-title = 70歳以上の3割拡大は未施行
rule-copay_70plus_reform_pending = 70歳以上の3割負担の拡大は議論中で、施行されたという資料はありません。今の割合で受け付けます。（その後の状況は未確認）

## 8 訪問歯科診療

rule-visit_kyotaku_type-title = 訪問診療は居宅同意取得型
rule-visit_kyotaku_type = 訪問診療では、患者宅でモバイル端末でカードを読み取り、暗証番号（マイナ在宅受付Web）か暗証番号・目視（マイナ資格確認アプリ）で本人確認し、端末で同意をもらいます。資格や情報は後で医療機関で取得します。
rule-visit_rereference-title = 2回目以降の訪問は再照会
rule-visit_rereference = 継続して訪問している間は、2回目以降は医療機関で再照会し、初回の同意に基づいて情報を使います。毎回カードを読む必要はありません。
rule-visit_faceauth_card-title = 訪問先での顔認証カード
rule-visit_faceauth_card = 暗証番号のない顔認証カードは、訪問先ではマイナ資格確認アプリの目視で使えます。（医療機関ごとの導入状況は推定）
rule-visit_kakunin_doc-title = 訪問先でも資格確認書
rule-visit_kakunin_doc = 施設入所者などが資格確認書を持っていれば、訪問先でもそれでいつもどおり確認します。
rule-visit_limited_type-title = 資格確認限定型は歯科医院の方式ではない
rule-visit_limited_type = 資格確認限定型は、柔整・あはきの施術所やオンライン資格確認の義務のない施設などのための、資格だけを確かめる簡易な仕組みです。訪問診療を行う通常の歯科医院は居宅同意取得型を使います。（後半は推定）
rule-visit_other_route-title = 院内での居宅同意取得型
rule-visit_other_route = 発熱患者や救急など別の動線が必要な患者には、院内でも居宅同意取得型の仕組みを使えます。

## 8 訪問歯科診療：2回目以降の再照会

rule-visit_requery_later-title = 2回目以降の訪問は再照会の結果で受け付ける
rule-visit_requery_later = 初回の訪問で居宅同意取得型によりマイナ保険証で確認し、同じ医療機関が継続して訪問している間は、2回目以降は医療機関で再照会し、返ってきた資格と負担割合で受け付けます。カードをもう一度読む必要はなく、薬剤情報などは初回の同意に基づいて取得できます。（負担割合と請求が通常どおりという部分は推定）
rule-visit_requery_invalid-title = 再照会で無効・該当資格なしと出たとき
rule-visit_requery_invalid = 再照会で無効や該当資格なしが返ったら（75歳で後期高齢者医療へ、転職、転居など）、前の資格は使えません。次の訪問でカードを読み直すか資格確認書を見て、どちらもなければ無効のときの手順（申立書、通常の負担割合）です。（推定：訪問診療についての出典はありません）

## 12.1 公費（共通）

rule-kouhi_with_insurance_always-title = 公費があっても保険の資格確認はいつもどおり
rule-kouhi_with_insurance_always = 受給者証・医療証を出されても、保険の資格確認（マイナ保険証・資格確認書など）はいつもどおり先に行います。公費が変えるのは保険診療の患者負担分だけで、文書料や予防接種など保険外の費用は対象になりません。
rule-kouhi_forgot_certificate-title = 受給者証・医療証を持ってこなかったとき
rule-kouhi_forgot_certificate = 受給者証・医療証の提示がなくPMHのデータもなければ、その日は保険の負担割合でいただき、次に持ってくるか、市区町村に助成分を請求する（償還払い）よう伝えます。同じ月のうちに医療証と領収書を持ってくれば窓口で差額を返せることもあります。（市区町村への請求は確認済み、窓口での返金は出典1件で医療機関の方針とする推定）
rule-kouhi_certificate_expired-title = 有効期間の切れた受給者証・医療証
rule-kouhi_certificate_expired = 受給者証・医療証は券面の有効期間内だけ適用します。期限の切れたものは適用せず保険の負担割合でいただき、新しいものを見せてもらうか、市区町村に償還払いを請求するよう伝えます。（推定：有効期間が印字されていることからの読み方で、この扱いを述べた出典はありません）

## 12.2 地方単独の医療証（子ども・ひとり親・重度障害者）

rule-kouhi_in_area_genbutsu-title = 区域内では医療証を窓口で使う（現物給付）
rule-kouhi_in_area_genbutsu = 市区町村の医療証は、発行した都道府県内（都内・府内・県内）の医療機関では窓口でそのまま使えます（現物給付）。市区町村の決めた自己負担だけをいただき、残りは公費に請求します。
rule-kouhi_out_of_area_reimbursement-title = 区域外では保険の負担割合、助成は償還払い
rule-kouhi_out_of_area_reimbursement = 他の都道府県の医療証（都外で受診する東京の子どもなど）は窓口では使えません。保険の負担割合（2割・3割）でいただき、家族が領収書を添えて市区町村に助成分を請求します（償還払い）。PMHでもこの扱いは変わりません。
rule-kouhi_local_charge-title = 医療証の窓口負担は市区町村の決まりによる
rule-kouhi_local_charge = 医療証での窓口負担は市区町村ごとに決まっていて、無料（名古屋市・横浜市など）、1回ごとの定額（東京のマル子・マル青の通院1回200円）、医療機関ごと1日ごとの定額で月の日数に限りがあるもの（大阪府内の1日500円・月2日まで、月2,500円を超えた分は市が払い戻し）、1割などがあります。医療証に負担額が印字されていればそれに従います。

## 12.3 生活保護（医療扶助）

rule-kouhi_seikatsu_hogo_online-title = 医療扶助もマイナンバーカードでオンライン資格確認
rule-kouhi_seikatsu_hogo_online = { $medical_assistance_online_from }から、医療扶助の資格もマイナンバーカードでオンライン確認できます（福祉事務所ごとに開始日が異なる）。カードの保険証利用登録、福祉事務所の登録、医療機関の医療扶助用の改修がそろえば結果に医療券の情報が届き、負担は0円（本人支払額があればその額）です。
rule-kouhi_seikatsu_hogo_paper_ticket-title = それ以外は紙の医療券（月ごと）
rule-kouhi_seikatsu_hogo_paper_ticket = オンラインで確認できないとき（カードがない・未登録、医療機関や福祉事務所が未対応など）は紙の医療券を使います。医療券は福祉事務所が患者ごと・指定医療機関ごと・暦月ごとに発行するので、月が変われば新しい医療券が必要です。負担は0円（本人支払額の記載があればその額）です。
rule-kouhi_seikatsu_hogo_kokuho_lost-title = 生活保護の人は国保の資格を失っている
rule-kouhi_seikatsu_hogo_kokuho_lost = 生活保護を受けると国保（75歳以上は後期高齢者医療）の資格はなくなり、マイナ保険証では資格（無効）・喪失事由「生活保護受給開始」と出ることがあります。10割も前の国保の割合も求めず、生活保護を受けているか尋ね、医療券か福祉事務所への連絡で医療扶助だけで請求します（被用者保険の人は保険が残り、医療扶助が残りを負担）。（手順は推定）

## 12.4 自立支援医療・指定難病

rule-kouhi_jiritsu_shien_copay-title = 自立支援医療は1割と月の上限額
rule-kouhi_jiritsu_shien_copay = 自立支援医療（更生医療・育成医療・精神通院）は受給者証に書かれた指定医療機関でだけ使え、負担は1割で、所得区分ごとの月の上限額（生活保護0円、低所得1は2,500円、低所得2は5,000円など）までです。受診のたびに受給者証と自己負担上限額管理票を見せてもらって管理票に記入し、上限に達したらその月の残りは0円です。
rule-kouhi_nanbyo_copay-title = 指定難病・小児慢性特定疾病は2割と月の上限額
rule-kouhi_nanbyo_copay = 指定難病と小児慢性特定疾病は、指定医療機関で受給者証の病気とそれに伴う治療にだけ使え、負担は2割（保険の割合が2割より低ければその割合）で、受給者証の月の上限額（すべての指定医療機関の合計）までです。医療機関が管理票に毎回記入し、上限に達したらその月の残りは0円、管理票がなければその日の2割をいただきます。

## 12.5 PMH（医療費助成のオンライン資格確認）

rule-pmh_reader_prompt-title = PMH対応の医療機関ではリーダーが受給者証の利用を尋ねる
rule-pmh_reader_prompt = PMHに対応した医療機関で、医療費助成のデータがある患者がマイナ保険証で受け付けると、本人確認の後にリーダーが「医療費助成の各種受給者証を利用しますか」と尋ね、「利用する」か「利用しない」を選びます。（ボタンを「提供する」「提供しない」とする業者の資料があり、資料が食い違います）
rule-pmh_prompt_accept-title = 「利用する」なら紙の医療証はいらない
rule-pmh_prompt_accept = 患者が「利用する」を選ぶと、助成の情報が資格確認の結果と一緒に届きます。レセコンに公費を登録して制度どおりの負担をいただき、その受診では紙の医療証はいりません。（難病・自立支援の管理票は紙のままと推定）
rule-pmh_prompt_refuse-title = 「利用しない」・データなし・エラーなら紙の医療証
rule-pmh_prompt_refuse = 患者が「利用しない」を選んだとき、データが届かないとき、エラーのときは、これまでどおり紙の受給者証・医療証を見せてもらい、なければ持ってこなかったときと同じく保険の負担割合です。データが来ないだけで助成が終わったと決めつけず、本人に尋ねます。
rule-pmh_non_pmh_clinic-title = PMH未対応の医療機関では紙の医療証が必要
rule-pmh_non_pmh_clinic = 市区町村がPMHに対応していても、PMHに対応していない医療機関では、従来どおりマイナ保険証（または資格確認書）と紙の医療証の2点の提示が必要です。
rule-pmh_municipality_scheme_connected-title = PMHは市区町村の制度ごとに始まる
rule-pmh_municipality_scheme_connected = PMHは市区町村（都道府県）の制度ごとに開始日があり（市区町村の表に記載）、その制度がPMHで始まるまでは対応している医療機関にもデータは届きません。開始後も紙の医療証は引き続き交付されます。
rule-pmh_needs_myna_hokensho-title = PMHはマイナ保険証で受け付けたときだけ
rule-pmh_needs_myna_hokensho = PMHのデータはマイナ保険証で受け付けたときだけ届きます（患者の手続きはいりません）。資格確認書で受け付ける人には、いつも紙の受給者証・医療証が必要です。

## 13.2 70〜74歳：高齢受給者証と「お知らせ」の期限

rule-kourei_jukyusha_card-title = 70〜74歳の負担割合は高齢受給者証に
rule-kourei_jukyusha_card = 70〜74歳で従来の保険証の人は、負担割合（2割・3割）が高齢受給者証に書かれていて、保険証と一緒に見せてもらいます。有効期間は70歳の誕生日の翌月1日（1日生まれはその月）から75歳の誕生日の前日までで、資格確認書に割合を書かない保険者の人も高齢受給者証と2点で確認します。
rule-kourei_share_missing_doc-title = 70〜74歳で高齢受給者証がないとき
rule-kourei_share_missing_doc = 70〜74歳で従来の保険証だけで高齢受給者証がないときは、記号・番号でオンライン照会できれば結果の割合で、できなければ3割でいただき、差額は後で保険者に請求してもらいます（同じ月に証を持ってくれば窓口で精算してもかまいません）。（照会の部分は推定、窓口での精算は資料が食い違います）
rule-oshirase_70_74_expiry-title = 70〜74歳の「お知らせ」には有効期限がある
rule-oshirase_70_74_expiry = 70〜74歳の「資格情報のお知らせ」には負担割合と有効期限（通常は次の7月31日、75歳の誕生日が先ならその前日）が書かれ、毎年7月に新しいものが届きます。期限を過ぎたものはカードと組み合わせる書類として使わず、番号で照会するか申立書にします。（期限後の扱いは推定）

## 13.3 スマホのマイナ保険証

rule-phone_myna_stops_on_card_or_cert_expiry-title = カードか電子証明書が切れるとスマホは使えない
rule-phone_myna_stops_on_card_or_cert_expiry = カード本体か電子証明書の有効期限が切れると、スマホのマイナ保険証は使えません。3か月の猶予はカード本体で受け付けたときだけなので、猶予中の人はカードで受け付けます。更新した後はマイナポータルでスマホ用電子証明書を申請し直す必要があります。

## 13.4 顔認証付きカードリーダーの故障

rule-reader_broken_app_route-title = リーダー故障時はマイナ資格確認アプリで確認できる
rule-reader_broken_app_route = { $myna_app_counter_from }の事務連絡から、顔認証付きカードリーダーが故障したときや患者がリーダーを使えないときは、医療機関が事前に設定したスマートフォン・タブレットのマイナ資格確認アプリでカードを読み、暗証番号か職員の目視で本人確認すれば、いつもどおり資格が届き通常の負担割合です。設定がなければ「お知らせ」・マイナポータル画面・申立書の手順です。

## 13.5 緊急・リーダーを操作できない・保護者の入力

rule-cannot_operate_visual-title = リーダーを操作できない患者は目視
rule-cannot_operate_visual = 認知症やけがなどでリーダーを操作できない・リーダーまで行けない患者は、申し出てカードを見せてもらい、職員がカードの顔写真と本人を見比べて確認します（目視）。
rule-child_pin_by_parent-title = 子どもの暗証番号は保護者が入力してよい
rule-child_pin_by_parent = 15歳未満の子どもの暗証番号は法定代理人（保護者）が設定するので、保護者が子どもの代わりにリーダーで入力してかまいません。職員は聞かず、入力もしません。（窓口での保護者の入力を認めるのは医療機関の案内1件で、厚労省の記述は未確認）

## 13.6 被保険者資格申立書の負担割合

rule-moushitate_declared_share-title = 申立書では申告された割合でいただく
rule-moushitate_declared_share = 被保険者資格申立書では、患者が申告した負担割合（通常3割、未就学2割、70歳以上1〜3割）でいただきます。後で割合が違うとわかっても10割にはせず、同じ月に正しい書類がそろえば窓口で差額を精算し、その後は保険者と患者の間で精算されます。（申告が誤っていたときの扱いは推定）

## 13.7 後期高齢者2割の配慮措置


## 13.8 ありえない組み合わせ

rule-age75_leaves_employee_insurance-title = 75歳からは全員が後期高齢者医療
rule-age75_leaves_employee_insurance = 75歳の誕生日当日から、働いていても被用者保険・国保の資格を失い後期高齢者医療に移ります（生活保護を受けている人は後期に入らず医療扶助）。75歳以上で被用者保険や国保の資格が有効という組み合わせはありえないので、後期の資格を確かめます。
rule-kouki_65_74_disability-title = 65〜74歳の後期高齢者医療は障害認定の人だけ
rule-kouki_65_74_disability = 65〜74歳で後期高齢者医療に入れるのは、一定の障害があり申請して広域連合の認定を受けた人だけです。その人の負担割合は後期の1〜3割で、70〜74歳の割合ではありません。65歳未満で後期はありえません。

## 13.11 端末の結果：無効（新しい資格あり）・複数該当

rule-result_invalid_new_exists-title = 「無効（新しい資格あり）」
rule-result_invalid_new_exists = 照会した資格は失われているが、より新しい資格が登録されているという意味と読みます。結果に新しい資格があればその番号と割合で受け付け、なければ新しい資格確認書・「お知らせ」かマイナ保険証で確かめ、それもなければ申立書にします（古い番号では請求しない）。10割にはしません。（意味は推定、公式の定義は未確認）

## 13.12 他人のカード・無保険・返金

rule-wrong_person_card-title = 家族のカードを間違えて持ってきたとき
rule-wrong_person_card = 家族など他人のカードや保険証は、この患者には決して使いません（他人の保険証での受診は詐欺罪に当たりうる）。すぐに返し、受診中に本人のものを届けてもらうか、何もないときと同じ扱い（10割をいただき、後で返金か療養費）にします。写真が明らかに違えば顔認証のやり直しもやめます。（窓口の流れは推定）
rule-truly_uninsured-title = 公的医療保険に入っていない人
rule-truly_uninsured = どの保険にも入っておらず生活保護でもない人は10割（自費）で、保険請求はしません。国保への加入は資格ができてから14日以内に市区町村へ届け出るよう案内します。届出前の医療費が後で戻るかは資料が食い違うので、約束しません。
rule-refund_same_month_at_clinic-title = 同じ月のうちなら窓口で返金
rule-refund_same_month_at_clinic = 10割を払った患者が同じ月のうちに受診日に有効なマイナ保険証や資格確認書を持ってきたら、受診日の資格を確認して保険者の負担分を返金し、通常どおり請求します（返金に応じるかは医療機関の方針）。
rule-refund_after_month_ryouyouhi-title = 月を越えたら保険者に療養費を請求
rule-refund_after_month_ryouyouhi = 月を越えた後（または医療機関が返金しないとき）は、患者が領収書と診療内容明細書を添えて保険者に療養費を請求します。時効は2年で、支給額は保険の基準で計算されるため、払った額より少ないことがあります。
