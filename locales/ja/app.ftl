### アプリの画面の文言。

app-title = 窓口
app-subtitle = マイナ保険証時代の受付トレーニング
app-window-title = 窓口 — 受付トレーニング
app-tagline = 顔認証付きカードリーダー、オンライン資格確認、資格確認書、申立書。本物の窓口で出会う場面を、その日の制度どおりに練習します。
app-language = 言語
app-language-ja = 日本語
app-language-en = English
app-quit = 終了
app-rules-version = 判定ルール { $count }件・制度カレンダー { $first }〜（版 { $version }）
app-font-credit = 表示フォント：BIZ UDPゴシック（SIL Open Font License 1.1）
