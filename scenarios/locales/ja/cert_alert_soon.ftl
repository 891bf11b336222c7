## cert_alert_soon
cert_alert_soon-title = もうすぐ電子証明書の期限
cert_alert_soon-summary = 期限の3か月前からリーダーに更新の案内。今日は普通に使え、更新を勧める。
cert_alert_soon-arrive-l1 = おはようございます。カード置きますね。
cert_alert_soon-arrive-c1 = 「はい、顔認証か暗証番号でお進みください」
cert_alert_soon-placed-l1 = 顔認証で……ん？『電子証明書の有効期限が近づいています』って出ました。
cert_alert_soon-placed-c1 = 「今日はそのままお使いいただけます。期限は{ $cert_expires }ですので、お早めにお住まいの市区町村で更新なさってください」
cert_alert_soon-placed-c2 = 「期限が近いカードは使えないので、資格確認書をお願いします」
cert_alert_soon-confused-l1 = まだ期限前ですよね？ 使えないんですか？
cert_alert_soon-confused-c1 = 「失礼しました。今日は使えます。更新だけお早めにお願いします」
cert_alert_soon-route-l1 = 同意の画面も終わりました。
cert_alert_soon-route-c1 = 「ありがとうございます。確認できました」
cert_alert_soon-route-c2 = 「念のため申立書も書いていただけますか」
cert_alert_soon-pay-l1 = お会計はいくらになりますか？
cert_alert_soon-pay-c1 = 「3割のご負担です」
cert_alert_soon-pay-c2 = 「10割のご負担になります」
cert_alert_soon-done-l1 = 更新、忘れないうちに行ってきます。
