### コマンドラインの文言。

cli-rules-header = 判定ルール（{ $count }件）
cli-rules-in-force = 適用期間
cli-rules-from = { $date }から
cli-rules-until = { $date }まで
cli-rules-always = 期限なし
cli-rules-sources = 出典
cli-rules-evidence = 根拠
cli-error-read = { $path } を読めません：{ $reason }
cli-error-extension = { $path }：拡張子は .json か .ron にしてください（標準入力は - ）

## ヘルプ

cli-help = 窓口：マイナ保険証時代の受付トレーニング。サブコマンドなしで練習アプリを開きます。
cli-help-lang = 表示言語（ja または en）
cli-help-judge = 1つの状況（JSON か RON）を判定し、正しい対応を JSON で出力します
cli-help-judge-file = 状況のファイル（.json または .ron）。- で標準入力から JSON を読みます
cli-help-judge-explain = 適用したルールの説明を選んだ言語で加えます
cli-help-rules = すべての判定ルールを、見出し・適用期間・出典・根拠とともに一覧します
cli-help-rules-format = 出力形式（table または json）
