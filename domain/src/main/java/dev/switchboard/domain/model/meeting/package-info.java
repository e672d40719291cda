/** Meeting types: what a prospect books, its length, buffers, notice and location. */
package dev.switchboard.domain.model.meeting;
