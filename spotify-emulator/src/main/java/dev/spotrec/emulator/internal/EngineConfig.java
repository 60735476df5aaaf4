package dev.spotrec.emulator.internal;

import dev.spotrec.datasets.World;
import dev.spotrec.emulator.ClientApp;
import dev.spotrec.emulator.EmulatorListener;
import dev.spotrec.emulator.FaultPlan;
import dev.spotrec.emulator.Mode;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Everything the engine needs, validated by the public builder.
 *
 * @param world the world served
 * @param mode extended or development
 * @param faults the initial fault plan
 * @param host the address to bind
 * @param port the port, 0 for an ephemeral one
 * @param clients registered apps by id
 * @param tokenLifetime access token lifetime
 * @param refreshLifetime refresh token lifetime from authorisation
 * @param codeLifetime authorization code lifetime
 * @param clock the clock for tokens, limits and timestamps
 * @param rateLimit requests per window per client, 0 for none
 * @param rateWindow the rolling window
 * @param dailyQuota requests per UTC day per client, 0 for none
 * @param autoConsentUser user that /authorize approves at once, or null for the consent page
 * @param listener observer of served requests
 * @param recordCapacity how many requests to keep, 0 to record none
 * @param maxAppUsers users an app may have in development mode
 */
public record EngineConfig(
        World world,
        Mode mode,
        FaultPlan faults,
        String host,
        int port,
        Map<String, ClientApp> clients,
        Duration tokenLifetime,
        Duration refreshLifetime,
        Duration codeLifetime,
        Clock clock,
        int rateLimit,
        Duration rateWindow,
        long dailyQuota,
        String autoConsentUser,
        EmulatorListener listener,
        int recordCapacity,
        int maxAppUsers) {}
