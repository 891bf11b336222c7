## dates_kokuho_card_2025
dates_kokuho_card_2025-title = 国保の保険証を出す福田さん（2025年6月の取扱い）
dates_kokuho_card_2025-summary = 過去の取扱い：2025年6月、マイナンバーカードのない患者さんが期限内の国保の保険証を出す。保険証の期限と、そのあとに届くもの。今はどの保険証も使えません。
dates_kokuho_card_2025-arrive-l1 = マイナンバーカードは作ってなくてね。この保険証でいいかな。
dates_kokuho_card_2025-arrive-c1 = 「拝見します。有効期限は{ $old_card_expires }ですので、今日はこちらでお受けします」
dates_kokuho_card_2025-arrive-c2 = 「申し訳ありません、去年の12月から、健康保険証はもう使えなくなったんです」
dates_kokuho_card_2025-arrive-c3 = 「今日は大丈夫です。7月で切れますので、それまでに区役所で新しい保険証を作ってもらってください」
dates_kokuho_card_2025-upset-l1 = え？ まだ期限内だよ。区からも、期限まではこれで大丈夫だって聞いてるけど。
dates_kokuho_card_2025-left-l1 = 使えないって言うなら、今日はいいよ。ほかの歯医者に行くから。
dates_kokuho_card_2025-puzzled-l1 = 新しい保険証？ 区からは、もう保険証は出ないって手紙が来てたけどなあ……。
dates_kokuho_card_2025-upset-c1 = 「失礼しました。新しい保険証は発行されません。今日はこちらの保険証でお受けします」
dates_kokuho_card_2025-lookup-l1 = これで大丈夫？
dates_kokuho_card_2025-lookup-c1 = 「記号と番号でオンライン照会しますね」
dates_kokuho_card_2025-future-l1 = この保険証、7月で切れるけど、次の保険証は区役所でもらえるの？
dates_kokuho_card_2025-future-l2 = （新しい保険証はもう発行されないこと、マイナ保険証がなければ区から「資格確認書」が届き、次からはそれを持ってくればよいことを説明しました）
dates_kokuho_card_2025-pay-l1 = （照会の結果は有効。負担割合は3割です）
dates_kokuho_card_2025-pay-c1 = 「（結果の負担割合3割で、レセコンに登録する）」
dates_kokuho_card_2025-done-l1 = 資格確認書ね。覚えておくよ。
