## cert_after_grace_kakunin
cert_after_grace_kakunin-title = 猶予期間後、届いていた資格確認書
cert_after_grace_kakunin-summary = 更新しないまま猶予が過ぎると、保険者から資格確認書が届く。それで確認し、更新と再登録を案内。
cert_after_grace_kakunin-arrive-l1 = このカード、前回『受付に連絡を』って出たんだよね。それと、こんな紙が届いたんだけど。
cert_after_grace_kakunin-arrive-c1 = 「拝見します。資格確認書ですね。こちらで確認いたします」
cert_after_grace_kakunin-arrive-c2 = 「マイナ保険証のほうでもう一度試してください」
cert_after_grace_kakunin-tried-l1 = やっぱり『受付窓口にご連絡ください』だね。
cert_after_grace_kakunin-tried-c1 = 「電子証明書の期限が切れています。今日はこちらの資格確認書で確認します」
cert_after_grace_kakunin-lookup-l1 = これで大丈夫なの？
cert_after_grace_kakunin-lookup-c1 = 「記号と番号でオンライン照会しますね」
cert_after_grace_kakunin-advice-l1 = カードはもう使えないの？
cert_after_grace_kakunin-advice-c1 = 「市区町村で電子証明書を更新したあと、保険証としての利用登録をし直せば使えます」
cert_after_grace_kakunin-advice-c2 = 「保険者に新しい健康保険証を作ってもらってください」
cert_after_grace_kakunin-pay-l1 = お会計はいくらになりますか？
cert_after_grace_kakunin-pay-c1 = 「3割のご負担です」
cert_after_grace_kakunin-pay-c2 = 「10割のご負担になります」
cert_after_grace_kakunin-done-l1 = わかった、役所に行ってくるよ。
