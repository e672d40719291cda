/** Plain HTTP endpoints beside GraphQL: invite downloads, Google's consent callback, and the request size limit. */
package dev.switchboard.api.web;
