// The five Cypher queries the README shows, shared with the tests that run them against a real server.

/** Who holds which position: people, their titles, and where the title is held (an organization or place). */
export const HOLDS_POSITION_QUERY = `MATCH (p:Person)-[r:HOLDS_POSITION]->(o:Entity)
RETURN p.name AS person, r.titles AS titles, o.name AS at, r.weight AS mentions
ORDER BY mentions DESC, person, at
LIMIT 25`;

/** Who captured which place, and the titles of the articles that say so. */
export const CAPTURED_QUERY = `MATCH (c:Entity)-[r:CAPTURED]->(l:Location)
OPTIONAL MATCH (a:Article) WHERE a.id IN r.articles
WITH c, r, l, collect(a.title) AS articles
RETURN c.name AS captor, l.name AS place, r.dates AS dates, articles
ORDER BY r.weight DESC, captor, place
LIMIT 25`;

/** Who is quoted where: people, the articles quoting them, and the quoted words. */
export const QUOTED_IN_QUERY = `MATCH (p:Person)-[r:QUOTED_IN]->(a:Article)
RETURN p.name AS person, a.title AS article, a.date AS date, r.quotes AS quotes
ORDER BY person, date, article
LIMIT 25`;

/**
 * Shortest path between two people, over facts only (not through articles). Parameters `$from` and `$to`
 * are person names.
 */
export const SHORTEST_PATH_QUERY = `MATCH (a:Person {name: $from}), (b:Person {name: $to})
MATCH path = shortestPath((a)-[:HOLDS_POSITION|AFFILIATED_WITH|PART_OF|LOCATED_IN|CAPTURED|ATTACKED|SUPPORTED|CONTACTED*..6]-(b))
RETURN [n IN nodes(path) | n.name] AS names, [r IN relationships(path) | type(r)] AS relations`;

/** Most connected entities: how many distinct entities each is related to by a fact. */
export const MOST_CONNECTED_QUERY = `MATCH (e:Entity)-[r]-(other:Entity)
WHERE type(r) <> 'MENTIONED_IN'
WITH e, count(DISTINCT other) AS degree
RETURN e.name AS name, labels(e) AS labels, degree, e.mentions AS mentions
ORDER BY degree DESC, mentions DESC, name
LIMIT 10`;

/** The README queries by name, in README order. */
export const README_QUERIES = {
  holdsPosition: HOLDS_POSITION_QUERY,
  captured: CAPTURED_QUERY,
  quotedIn: QUOTED_IN_QUERY,
  shortestPath: SHORTEST_PATH_QUERY,
  mostConnected: MOST_CONNECTED_QUERY,
} as const;
