import { Migration } from '@mikro-orm/migrations';

/**
 * The first schema. btree_gist lets the exclusion constraint on slot_reservation combine
 * `host_id =` with range overlap; it is created here because the entity metadata cannot.
 */
export class Migration20261121000000Initial extends Migration {
  override up(): void {
    this.addSql('create extension if not exists btree_gist;');
    this.addSql(`create table "idempotency_record" ("id" uuid not null, "scope" varchar(255) not null, "key" varchar(255) not null, "request_hash" varchar(64) not null, "response_status" int not null, "response_body" jsonb not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "idempotency_record_expires_at_index" on "idempotency_record" ("expires_at");`);
    this.addSql(`alter table "idempotency_record" add constraint "idempotency_record_scope_key_unique" unique ("scope", "key");`);
    this.addSql(`create table "workspace" ("id" uuid not null, "slug" varchar(63) not null, "name" varchar(255) not null, "timezone" varchar(255) not null, "allowed_origins" jsonb not null, "branding" jsonb not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "workspace" add constraint "workspace_slug_unique" unique ("slug");`);
    this.addSql(`create table "schedule" ("id" uuid not null, "workspace_id" uuid not null, "name" varchar(255) not null, "timezone" varchar(255) not null, "weekly" jsonb not null, "overrides" jsonb not null, "blackouts" jsonb not null, "archived_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create table "member" ("id" uuid not null, "workspace_id" uuid not null, "email" varchar(255) not null, "name" varchar(255) not null, "role" text not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "member" add constraint "member_workspace_id_email_unique" unique ("workspace_id", "email");`);
    this.addSql(`alter table "member" add constraint "member_role_check" check ("role" in ('owner', 'admin', 'staff', 'viewer'));`);
    this.addSql(`create table "host" ("id" uuid not null, "workspace_id" uuid not null, "name" varchar(255) not null, "email" varchar(255) null, "timezone" varchar(255) not null, "schedule_id" uuid null, "archived_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create table "event_type" ("id" uuid not null, "workspace_id" uuid not null, "slug" varchar(63) not null, "title" varchar(255) not null, "description" text not null default '', "durations" jsonb not null, "default_duration" int not null, "slot_step" int not null, "buffer_before" int not null, "buffer_after" int not null, "min_notice" int not null, "max_advance_days" int not null, "max_per_day" int null, "seats" int not null, "price" jsonb null, "location" jsonb not null, "questions" jsonb not null, "requires_confirmation" boolean not null, "reminders" jsonb not null, "visibility" text not null, "active" boolean not null, "schedule_id" uuid null, "archived_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create unique index "event_type_live_slug_unique" on "event_type" ("workspace_id", "slug") where archived_at is null;`);
    this.addSql(`alter table "event_type" add constraint "event_type_seats_positive" check (seats >= 1);`);
    this.addSql(`alter table "event_type" add constraint "event_type_visibility_check" check ("visibility" in ('public', 'hidden'));`);
    this.addSql(`create table "slot_reservation" ("id" uuid not null, "workspace_id" uuid not null, "host_id" uuid not null, "event_type_id" uuid not null, "start_at" timestamptz not null, "end_at" timestamptz not null, "blocked_start" timestamptz not null, "blocked_end" timestamptz not null, "capacity" int not null, "seats_taken" int not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "slot_reservation_host_id_blocked_start_index" on "slot_reservation" ("host_id", "blocked_start");`);
    this.addSql(`create unique index "slot_reservation_live_slot_unique" on "slot_reservation" ("host_id", "event_type_id", "start_at", "end_at") where seats_taken > 0;`);
    this.addSql(`alter table "slot_reservation" add constraint "slot_reservation_seats_within_capacity" check (seats_taken >= 0 and seats_taken <= capacity);`);
    this.addSql(`alter table "slot_reservation" add constraint "slot_reservation_blocked_covers_slot" check (blocked_start <= start_at and start_at < end_at and end_at <= blocked_end);`);
    this.addSql(`alter table "slot_reservation" add constraint "slot_reservation_no_overlap" exclude using gist (host_id with =, tstzrange(blocked_start, blocked_end, '[)') with &&) where (seats_taken > 0);`);
    this.addSql(`create table "event_type_host" ("id" serial primary key, "event_type_id" uuid not null, "host_id" uuid not null);`);
    this.addSql(`create table "booking" ("id" uuid not null, "uid" varchar(32) not null, "workspace_id" uuid not null, "event_type_id" uuid not null, "host_id" uuid not null, "reservation_id" uuid null, "status" text not null, "start_at" timestamptz not null, "end_at" timestamptz not null, "timezone" varchar(255) not null, "attendee_name" varchar(255) not null, "attendee_email" varchar(255) not null, "attendee_phone" varchar(255) null, "seats" int not null, "guests" jsonb not null, "answers" jsonb not null, "metadata" jsonb not null, "price" jsonb null, "location" jsonb not null, "manage_token_hash" varchar(64) not null, "cancel_reason" text null, "sequence" int not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "booking" add constraint "booking_uid_unique" unique ("uid");`);
    this.addSql(`create index "booking_workspace_id_start_at_index" on "booking" ("workspace_id", "start_at");`);
    this.addSql(`create index "booking_workspace_id_created_at_index" on "booking" ("workspace_id", "created_at");`);
    this.addSql(`create index "booking_host_id_start_at_index" on "booking" ("host_id", "start_at");`);
    this.addSql(`alter table "booking" add constraint "booking_status_check" check ("status" in ('pending_payment', 'pending_confirmation', 'confirmed', 'cancelled', 'completed', 'no_show'));`);
    this.addSql(`create table "booking_event" ("id" bigserial, "workspace_id" uuid not null, "booking_id" uuid not null, "at" timestamptz not null, "type" varchar(255) not null, "actor" varchar(255) not null, "data" jsonb not null, primary key ("id"));`);
    this.addSql(`create index "booking_event_booking_id_at_index" on "booking_event" ("booking_id", "at");`);
    this.addSql(`create table "api_key" ("id" uuid not null, "workspace_id" uuid not null, "name" varchar(255) not null, "role" text not null, "prefix" varchar(16) not null, "hash" varchar(64) not null, "last_used_at" timestamptz null, "revoked_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "api_key" add constraint "api_key_hash_unique" unique ("hash");`);
    this.addSql(`alter table "api_key" add constraint "api_key_role_check" check ("role" in ('owner', 'admin', 'staff', 'viewer'));`);
    this.addSql(`alter table "schedule" add constraint "schedule_workspace_id_foreign" foreign key ("workspace_id") references "workspace" ("id") on delete cascade;`);
    this.addSql(`alter table "member" add constraint "member_workspace_id_foreign" foreign key ("workspace_id") references "workspace" ("id") on delete cascade;`);
    this.addSql(`alter table "host" add constraint "host_workspace_id_foreign" foreign key ("workspace_id") references "workspace" ("id") on delete cascade;`);
    this.addSql(`alter table "host" add constraint "host_schedule_id_foreign" foreign key ("schedule_id") references "schedule" ("id") on delete set null;`);
    this.addSql(`alter table "event_type" add constraint "event_type_workspace_id_foreign" foreign key ("workspace_id") references "workspace" ("id") on delete cascade;`);
    this.addSql(`alter table "event_type" add constraint "event_type_schedule_id_foreign" foreign key ("schedule_id") references "schedule" ("id") on delete set null;`);
    this.addSql(`alter table "slot_reservation" add constraint "slot_reservation_workspace_id_foreign" foreign key ("workspace_id") references "workspace" ("id") on delete cascade;`);
    this.addSql(`alter table "slot_reservation" add constraint "slot_reservation_host_id_foreign" foreign key ("host_id") references "host" ("id");`);
    this.addSql(`alter table "slot_reservation" add constraint "slot_reservation_event_type_id_foreign" foreign key ("event_type_id") references "event_type" ("id");`);
    this.addSql(`alter table "event_type_host" add constraint "event_type_host_event_type_id_foreign" foreign key ("event_type_id") references "event_type" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "event_type_host" add constraint "event_type_host_host_id_foreign" foreign key ("host_id") references "host" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "booking" add constraint "booking_workspace_id_foreign" foreign key ("workspace_id") references "workspace" ("id") on delete cascade;`);
    this.addSql(`alter table "booking" add constraint "booking_event_type_id_foreign" foreign key ("event_type_id") references "event_type" ("id");`);
    this.addSql(`alter table "booking" add constraint "booking_host_id_foreign" foreign key ("host_id") references "host" ("id");`);
    this.addSql(`alter table "booking" add constraint "booking_reservation_id_foreign" foreign key ("reservation_id") references "slot_reservation" ("id") on delete set null;`);
    this.addSql(`alter table "booking_event" add constraint "booking_event_workspace_id_foreign" foreign key ("workspace_id") references "workspace" ("id") on delete cascade;`);
    this.addSql(`alter table "booking_event" add constraint "booking_event_booking_id_foreign" foreign key ("booking_id") references "booking" ("id") on delete cascade;`);
    this.addSql(`alter table "api_key" add constraint "api_key_workspace_id_foreign" foreign key ("workspace_id") references "workspace" ("id") on delete cascade;`);
  }
}
