// Checks every statement in a JSON file (a list) with Learning Locker's xapi-validation and
// prints "N statements: N valid"; exits 1 with the first problems when any statement has one.
const fs = require('fs');
const validate = require('xapi-validation').default;
const statements = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
let invalid = 0;
statements.forEach((statement, index) => {
  const problems = validate(statement);
  if (problems.length > 0) {
    invalid += 1;
    if (invalid <= 3) {
      console.log(`statement ${index} (${statement.id}): ${JSON.stringify(problems).slice(0, 2000)}`);
    }
  }
});
console.log(`${statements.length} statements: ${statements.length - invalid} valid`);
process.exit(invalid > 0 ? 1 : 0);
