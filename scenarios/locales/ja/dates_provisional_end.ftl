## dates_provisional_end
dates_provisional_end-title = 期限切れの保険証と2026年3月31日
dates_provisional_end-summary = 期限切れの保険証は2026年3月31日まで、番号でオンライン照会できれば暫定的に受け付けられた。4月からはできない。
dates_provisional_end-arrive-l1 = マイナンバーカードを忘れちゃって、古い保険証なら財布にあるんですけど。
dates_provisional_end-arrive-c1 = 「期限は切れていますが、番号でオンライン照会して資格が確認できればお受けします」
dates_provisional_end-arrive-c2 = 「期限切れの保険証は使えないので、今日は全額になります」
dates_provisional_end-lookup-l1 = 照会って、すぐできるんですか？
dates_provisional_end-lookup-c1 = 「はい、記号と番号で照会します」
dates_provisional_end-next_time-l1 = 助かります。
dates_provisional_end-next_time-c1 = 「次回はマイナ保険証か資格確認書をお持ちください」
dates_provisional_end-refund-l1 = 全額ですか……。
dates_provisional_end-refund-c1 = 「同じ月のうちにマイナ保険証をお持ちいただければ、差額をお返しします」
dates_provisional_end-pay-l1 = それで、おいくらですか。
dates_provisional_end-pay-c1 = 「3割のご負担です」
dates_provisional_end-pay-c2 = 「本日は10割のご負担です」
dates_provisional_end-done-l1 = わかりました。
