/** Works out again, when someone reads a decision, why each rule before the deciding one missed. */
package dev.switchboard.routing.explain;
