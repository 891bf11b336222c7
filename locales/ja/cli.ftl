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
