## copay_seventy_month
copay_seventy_month-title = 最近70歳になった上田さん
copay_seventy_month-summary = 70歳になったばかりの患者さんから、来院してすぐに負担割合を聞かれる。70〜74歳の2割はいつからか。
copay_seventy_month-arrive-l1 = 11月15日で70歳になってね。これで今日から2割になるんだろう？ カードを置く前に聞いておきたくて。
copay_seventy_month-arrive-c1 = 「はい、こちらの機械にカードを置いて、顔認証でお進みください」
copay_seventy_month-reader-l1 = じゃあ、カードを置くよ。
copay_seventy_month-route-l1 = 終わったよ。画面に割合も出てるのかい？
copay_seventy_month-route-c1 = 「ありがとうございます。資格の確認ができました。カードはお取りください」
copay_seventy_month-pay-c1 = 「はい、70歳になられましたので、今日から2割のご負担になります」
copay_seventy_month-pay-c2 = 「2割になるのは、お誕生日の翌月の1日からです。今日はまだ3割です」
copay_seventy_month-pay-c3 = 「70歳になられたので、高齢の方と同じ1割のご負担になりますよ」
copay_seventy_month-done-l1 = 画面の割合もさっきの話のとおりだね。なるほど、そういう決まりなんだ。
copay_seventy_month-complaint-l1 = 画面に出た割合と、さっきの話が違うじゃないか。どっちが本当なんだ。
copay_seventy_month-complaint-l2 = （結果の割合でレセコンを入れ直し、上田さんに説明し直すことに。そのあいだ、後ろの患者さんを待たせてしまいました）
