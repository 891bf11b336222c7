### 記録データベースのメッセージ。

records-error-not-sqlite = { $path }：窓口の記録データベースではありません（SQLite のファイルではない）。ファイルには一切手を付けていません
records-error-foreign = { $path }：別のプログラムの SQLite データベースです（application id { $id }）。ファイルには一切手を付けていません
records-error-corrupt = { $path }：記録データベースが壊れています（{ $detail }）。ファイルには一切手を付けていません。バックアップから戻すか、別の --data-dir を指定してください
records-error-newer = { $path }：新しい版の窓口で書かれた記録です（スキーマ { $version }、この版が読めるのは { $supported } まで）。ファイルには一切手を付けていません
records-error-duplicate = 「{ $name }」という名前のスタッフはすでにいます
records-error-passcode = 管理者パスコードを保存できませんでした：{ $detail }
records-error-sqlite = 記録データベースのエラー：{ $detail }
records-error-io = 記録フォルダのエラー：{ $detail }
privacy-name-empty = 名前を入力してください
privacy-name-too-long = 名前は40文字までにしてください
privacy-name-number = 名前に12桁の番号は使えません。窓口はマイナンバーを扱いません
