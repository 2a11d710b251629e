package dev.labcrew.proxmox.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Adds {@code Authorization: PVEAPIToken=USER@REALM!TOKENID=SECRET} to every request. */
final class TokenAuthInterceptor implements Interceptor {
    private final String headerValue;

    TokenAuthInterceptor(String tokenId, String tokenSecret) {
        this.headerValue = "PVEAPIToken=" + tokenId + "=" + tokenSecret;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        return chain.proceed(chain.request().newBuilder().header("Authorization", headerValue).build());
    }

    @Override
    public String toString() {
        return "TokenAuthInterceptor[secret hidden]";
    }
}
