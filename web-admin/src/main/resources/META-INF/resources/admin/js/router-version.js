import { gql } from './api.js';
import { CONDITION_NODE } from './conditions.js';

/**
 * What one router version holds, as the rules editor loads it and the version history compares it, and the words
 * both use for its choices. Kept apart from the editor so the history does not load the editor's libraries.
 */
export const ACTIONS = {
  ROUTE_TO_POOL: 'Route to a pool', ROUTE_TO_REP: 'Route to a rep', ROUTE_TO_ACCOUNT_OWNER: 'Route to the account owner',
  ROUTE_TO_LEAD_OWNER: 'Route to the owner of the person\'s earlier lead',
  SEND_TO_QUEUE: 'Send to a claim queue', ESCALATE: 'Escalate (urgent)', DISQUALIFY: 'Disqualify',
};
export const QUEUE_MODES = { SHARK_TANK: 'Shark tank (first to claim)', SHOTGUN: 'Shotgun (first to accept)', BLIND_PULL: 'Blind pull (details hidden until claimed)' };
export const PASSED_OVER = {
  UNASSIGNED: 'Leave the lead unassigned',
  NEXT_RULE: 'Try the rules after this one',
  FALLBACK: 'Let the router\'s fallback decide',
};
/** ROUTE_TO_LEAD_OWNER looks this many days back when the editor leaves it blank (the API's default). */
export const DEFAULT_MATCH_DAYS = 90;
const ACTION = 'type pool { id name } rep { id name } reason queueMode whenPassedOver matchByPhone matchWithinDays';
// A lead owner's fallback may be an account owner with a fallback of its own: three levels.
const ACTIONS_TREE = `${ACTION} fallback { ${ACTION} fallback { ${ACTION} } }`;
export const QUALIFICATION = `rejectFreeMail freeMailDomains competitorDomains titleKeywords hotAt warmAt
  scoringRules { name points conditionNodes { ${CONDITION_NODE} } }`;
// Conditions come flat (conditionNodes), so a tree of any depth reads in one query within the API's limits. One
// version is as much as one request may ask (about 12,000 of its 20,000 fields): the history loads each on its own.
export const ROUTER = `id name version liveVersion
  rules { name conditionNodes { ${CONDITION_NODE} } action { ${ACTIONS_TREE} } }
  fallback { ${ACTIONS_TREE} }
  qualification { ${QUALIFICATION} }`;
// An older version is read by its own id (a RouterVersion): the router's id and live version come through router.
const VERSION = `id name version router { id liveVersion }
  rules { name conditionNodes { ${CONDITION_NODE} } action { ${ACTIONS_TREE} } }
  fallback { ${ACTIONS_TREE} }
  qualification { ${QUALIFICATION} }`;

/**
 * One version of a router whole, in the shape ROUTER reads (id, name, version, liveVersion, rules, fallback,
 * qualification), or null when the router has no such version. Its id is taken from the versions the page has listed
 * ({ id, version } each), else from the router's list, then the version is read by that id, on its own: a whole
 * version is near what one request may ask.
 */
export async function routerVersion(routerId, version, listed = []) {
  let found = listed.find((v) => v.version === version);
  if (!found) {
    const data = await gql('query($id: ID!) { router(id: $id) { versions { id version } } }', { id: routerId });
    found = data.router?.versions.find((v) => v.version === version);
  }
  if (!found) return null;
  const v = (await gql(`query($id: ID!) { node(id: $id) { ... on RouterVersion { ${VERSION} } } }`, { id: found.id })).node;
  return v && { id: v.router.id, name: v.name, version: v.version, liveVersion: v.router.liveVersion,
    rules: v.rules, fallback: v.fallback, qualification: v.qualification };
}
