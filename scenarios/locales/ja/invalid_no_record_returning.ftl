## invalid_no_record_returning
invalid_no_record_returning-title = 「資格情報なし」の再来患者さん
invalid_no_record_returning-summary = 以前来院し内容に変更がなければ口頭確認で申立書の代わりに。初めてなら申立書。請求の番号も変わる。
invalid_no_record_returning-arrive-l1 = こんにちは。カード置きますね。
invalid_no_record_returning-arrive-c1 = 「お願いします。顔認証でどうぞ」
invalid_no_record_returning-none-l1 = 終わりました……何か問題ですか？
invalid_no_record_returning-none-c1 = 「（端末に『該当資格なし』）確認のため伺います。前回から保険やご住所は変わっていませんか」
invalid_no_record_returning-none-c2 = 「（端末に『該当資格なし』）こちらの申立書にご記入ください」
invalid_no_record_returning-none-c3 = 「（端末に『該当資格なし』）保険に入っていないようなので、全額になります」
invalid_no_record_returning-answer-l1 = 何も変わってないですよ。国保のままです。
invalid_no_record_returning-answer-c1 = 「以前の受診記録の番号で請求します」
invalid_no_record_returning-answer-c2 = 「番号不明の不詳レセプトで請求します」
invalid_no_record_returning-pay-l1 = お会計はいくらになりますか？
invalid_no_record_returning-pay-c1 = 「3割のご負担です」
invalid_no_record_returning-pay-c2 = 「10割のご負担になります」
invalid_no_record_returning-done-l1 = ありがとうございます。
