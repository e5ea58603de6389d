import Foundation
import Testing
@testable import ToteStore

@Suite struct PostgresSQLTextTests {
    @Test func numbersPlaceholdersOutsideLiteralsIdentifiersAndComments() {
        let sql = """
            SELECT 'why?', "col?", E'it\\'s?', ? -- what?
            FROM t /* a ? /* nested ? */ still? */ WHERE a = ? AND b = $$dollar ? $$ AND c = $x$?$x$ AND d = ?
            """
        let numbered = PostgresSQLText.numberingPlaceholders(sql)
        #expect(numbered.count == 3)
        #expect(numbered.sql == """
            SELECT 'why?', "col?", E'it\\'s?', $1 -- what?
            FROM t /* a ? /* nested ? */ still? */ WHERE a = $2 AND b = $$dollar ? $$ AND c = $x$?$x$ AND d = $3
            """)
    }

    @Test func doubledQuotesStayInsideTheLiteral() {
        let numbered = PostgresSQLText.numberingPlaceholders("SELECT 'it''s ?', ?")
        #expect(numbered.sql == "SELECT 'it''s ?', $1")
    }

    @Test func nullTestsGetATextCast() {
        let numbered = PostgresSQLText.numberingPlaceholders("WHERE (? IS NULL OR a = ?) AND (?\n  is not   null) AND ? IS DISTINCT FROM b")
        #expect(numbered.sql == "WHERE ($1::text IS NULL OR a = $2) AND ($3::text\n  is not   null) AND $4 IS DISTINCT FROM b")
    }

    @Test func splitsScriptsOnCodeSemicolonsOnly() {
        let script = """
            CREATE TABLE a (x TEXT DEFAULT 'semi;colon');
            -- a comment; not a statement
            CREATE FUNCTION f() RETURNS int AS $$ BEGIN RETURN 1; END; $$ LANGUAGE plpgsql;
            INSERT INTO "we;ird" VALUES (1) ;
            /* trailing ; comment */
            """
        #expect(PostgresSQLText.statements(script) == [
            "CREATE TABLE a (x TEXT DEFAULT 'semi;colon')",
            "-- a comment; not a statement\nCREATE FUNCTION f() RETURNS int AS $$ BEGIN RETURN 1; END; $$ LANGUAGE plpgsql",
            "INSERT INTO \"we;ird\" VALUES (1)",
        ])
    }

    @Test func firstLineSkipsBlankLines() {
        #expect(PostgresSQLText.firstLine("\n   \n  UPDATE t\n SET x = 1") == "UPDATE t")
    }

    @Test func numericIsAnIntegerWhenIntegral() {
        #expect(PostgresStoreConnection.numeric(Decimal(string: "12345678901234")!) == .integer(12_345_678_901_234))
        #expect(PostgresStoreConnection.numeric(Decimal(string: "5.000")!) == .integer(5))
        #expect(PostgresStoreConnection.numeric(Decimal(string: "2.5")!) == .real(2.5))
        #expect(PostgresStoreConnection.numeric(Decimal(string: "-7")!) == .integer(-7))
        #expect(PostgresStoreConnection.numeric(Decimal(string: "99999999999999999999")!) == .real(1e20))
    }
}
