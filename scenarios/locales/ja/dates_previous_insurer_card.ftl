## dates_previous_insurer_card
dates_previous_insurer_card-title = 前の会社の保険証
dates_previous_insurer_card-summary = 保険者が変わると、前の保険証は券面の日付に関係なく資格喪失日から使えない（推定）。
dates_previous_insurer_card-arrive-l1 = 9月で前の会社を辞めたんですけど、前の保険証がまだ使えるかなと思って。マイナンバーカードもあります。
dates_previous_insurer_card-arrive-c1 = 「前の会社の保険証は、退職で資格を失った日から使えません。マイナ保険証で確認しましょう」
dates_previous_insurer_card-arrive-c2 = 「期限が書いていないので、こちらの保険証でお受けします」
dates_previous_insurer_card-card-l1 = じゃあ、カードを置きますね。
dates_previous_insurer_card-card-c1 = 「はい、顔認証でお進みください」
dates_previous_insurer_card-route-l1 = 新しい会社の保険で出ましたか？
dates_previous_insurer_card-route-c1 = 「はい、新しい保険で確認できました」
dates_previous_insurer_card-pay-l1 = お会計はいくらになりますか？
dates_previous_insurer_card-pay-c1 = 「3割のご負担です」
dates_previous_insurer_card-pay-c2 = 「10割のご負担になります」
dates_previous_insurer_card-done-l1 = 古い保険証は返したほうがいいんですね。
