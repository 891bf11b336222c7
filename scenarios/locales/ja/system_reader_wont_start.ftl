## system_reader_wont_start
system_reader_wont_start-title = 朝、カードリーダーが起動しない
system_reader_wont_start-summary = 起動しない不具合の多くは、リーダーと資格確認端末の再起動で直る。
system_reader_wont_start-arrive-l1 = 一番乗りです。……あれ、この機械、画面が真っ暗ですよ。
system_reader_wont_start-arrive-c1 = 「失礼しました。カードリーダーと端末を再起動しますので、少々お待ちください」
system_reader_wont_start-arrive-c2 = 「機械が使えないので、今日は全額でお願いします」
system_reader_wont_start-upset-l1 = え、全額ですか？ 機械の故障なのに？
system_reader_wont_start-upset-c1 = 「失礼しました。再起動してみますので、少々お待ちください」
system_reader_wont_start-restarted-l1 = あ、画面がつきました。
system_reader_wont_start-restarted-c1 = 「お待たせしました。カードを置いてください」
system_reader_wont_start-placed-l1 = 顔認証で……。
system_reader_wont_start-placed-c1 = 「はい、カメラに合わせてください」
system_reader_wont_start-route-l1 = 終わりました。
system_reader_wont_start-route-c1 = 「ありがとうございます。確認できました」
system_reader_wont_start-pay-l1 = お会計はいくらになりますか？
system_reader_wont_start-pay-c1 = 「3割のご負担です」
system_reader_wont_start-pay-c2 = 「10割のご負担になります」
system_reader_wont_start-done-l1 = 朝から大変ですね。
